import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

/**
 * Reads the manifests and renders the kustomize overlays well enough to check them. kubectl is
 * not on every machine that runs the tests (and Debian's is too old for kustomize v5), so this
 * renders the subset deploy/ uses: resources, namespace, images, replicas and inline JSON 6902
 * patches with a target. Anything else in a kustomization fails loudly instead of being ignored.
 */

export const repoRoot = path.resolve(__dirname, '..', '..');
export const deployRoot = path.join(repoRoot, 'deploy');

export type Labels = Record<string, string>;
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Labels; annotations?: Labels };
}
export interface PatchTarget {
  group?: string;
  version?: string;
  kind?: string;
  name?: string;
  labelSelector?: string;
}
export interface Kustomization {
  apiVersion?: string;
  kind?: string;
  resources?: string[];
  components?: string[];
  namespace?: string;
  images?: { name: string; newName?: string; newTag?: string; digest?: string }[];
  replicas?: { name: string; count: number }[];
  patches?: { path?: string; patch?: string; target?: PatchTarget }[];
}
interface PatchOperation {
  op: string;
  path: string;
  value?: unknown;
}
interface ContainerLike {
  image: string;
}
interface WorkloadLike extends K8sObject {
  spec: { replicas?: number; template: { spec: { containers: ContainerLike[]; initContainers?: ContainerLike[] } } };
}

const supportedFields = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'images', 'replicas', 'patches']);
const clusterScopedKinds = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'StorageClass', 'IngressClass']);

export function readText(file: string): string {
  return readFileSync(file, 'utf8');
}

/** Every YAML file below `dir`, sorted. */
export function yamlFilesUnder(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'node_modules') found.push(...yamlFilesUnder(full));
    else if (/\.ya?ml$/.test(entry.name)) found.push(full);
  }
  return found.sort();
}

export function isDirectory(file: string): boolean {
  return existsSync(file) && statSync(file).isDirectory();
}

/** The Kubernetes objects of a manifest file (several documents allowed). */
export function readManifests(file: string): K8sObject[] {
  return parseAllDocuments(readText(file))
    .map((doc) => {
      if (doc.errors.length) throw new Error(`${file}: ${doc.errors.map((e) => e.message).join('; ')}`);
      return doc.toJS() as K8sObject | null;
    })
    .filter((object): object is K8sObject => object !== null);
}

export function readYaml<T>(file: string): T {
  return parse(readText(file)) as T;
}

export function readKustomization(dir: string): Kustomization {
  return readYaml<Kustomization>(path.join(dir, 'kustomization.yaml'));
}

export function renderKustomization(dir: string): K8sObject[] {
  const kustomization = readKustomization(dir);
  const unsupported = Object.keys(kustomization).filter((field) => !supportedFields.has(field));
  if (unsupported.length) throw new Error(`${dir}/kustomization.yaml: the test renderer does not support ${unsupported.join(', ')}`);

  const objects = (kustomization.resources ?? []).flatMap((resource) => {
    const target = path.resolve(dir, resource);
    return isDirectory(target) ? renderKustomization(target) : readManifests(target);
  });
  for (const patch of kustomization.patches ?? []) applyPatch(dir, objects, patch);
  if (kustomization.namespace) {
    for (const object of objects) if (!clusterScopedKinds.has(object.kind)) object.metadata.namespace = kustomization.namespace;
  }
  for (const image of kustomization.images ?? []) {
    for (const container of workloads(objects).flatMap((w) => [...w.spec.template.spec.containers, ...(w.spec.template.spec.initContainers ?? [])])) {
      if (imageName(container.image) !== image.name) continue;
      const tag = image.digest ? `@${image.digest}` : image.newTag ? `:${image.newTag}` : imageTagPart(container.image);
      container.image = `${image.newName ?? image.name}${tag}`;
    }
  }
  for (const replicas of kustomization.replicas ?? []) {
    const matching = workloads(objects).filter((w) => w.metadata.name === replicas.name);
    if (!matching.length) throw new Error(`${dir}: replicas for ${replicas.name}, which no workload is called`);
    for (const workload of matching) workload.spec.replicas = replicas.count;
  }
  return objects;
}

/** `registry/name:tag` or `name@sha256:...` without the tag or digest. */
export function imageName(image: string): string {
  return image.replace(/@.*$/, '').replace(/:[^/:]+$/, '');
}

function imageTagPart(image: string): string {
  return image.slice(imageName(image).length);
}

function workloads(objects: K8sObject[]): WorkloadLike[] {
  return objects.filter((o): o is WorkloadLike => ['Deployment', 'StatefulSet', 'DaemonSet'].includes(o.kind));
}

function applyPatch(dir: string, objects: K8sObject[], patch: NonNullable<Kustomization['patches']>[number]): void {
  const source = patch.patch ?? (patch.path ? readText(path.resolve(dir, patch.path)) : undefined);
  const operations = source === undefined ? undefined : (parse(source) as unknown);
  if (!Array.isArray(operations) || !patch.target) {
    throw new Error(`${dir}: only JSON 6902 patches (a list of operations) with a target are supported by the test renderer`);
  }
  const targets = objects.filter((object) => matchesTarget(object, patch.target as PatchTarget));
  if (!targets.length) throw new Error(`${dir}: patch target ${JSON.stringify(patch.target)} matches nothing`);
  for (const object of targets) for (const operation of operations as PatchOperation[]) applyOperation(object, operation);
}

export function matchesTarget(object: K8sObject, target: PatchTarget): boolean {
  const [group, version] = object.apiVersion.includes('/') ? object.apiVersion.split('/') : ['', object.apiVersion];
  if (target.group !== undefined && target.group !== group) return false;
  if (target.version !== undefined && target.version !== version) return false;
  if (target.kind !== undefined && target.kind !== object.kind) return false;
  if (target.name !== undefined && !new RegExp(`^(?:${target.name})$`).test(object.metadata.name)) return false;
  if (target.labelSelector !== undefined) {
    const labels = object.metadata.labels ?? {};
    for (const requirement of target.labelSelector.split(',')) {
      const [key, value] = requirement.split('=').map((part) => part.trim());
      if (labels[key] !== value) return false;
    }
  }
  return true;
}

type Container = Record<string, unknown> | unknown[];

function applyOperation(document: object, operation: PatchOperation): void {
  const tokens = operation.path.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = tokens.pop();
  if (last === undefined) throw new Error(`patch path ${operation.path} is the whole document`);
  let parent = document as Container;
  for (const token of tokens) {
    const next = Array.isArray(parent) ? parent[Number(token)] : parent[token];
    if (typeof next !== 'object' || next === null) throw new Error(`patch path ${operation.path}: no ${token}`);
    parent = next as Container;
  }
  const value = structuredClone(operation.value);
  if (Array.isArray(parent)) {
    const index = last === '-' ? parent.length : Number(last);
    if (operation.op === 'add') parent.splice(index, 0, value);
    else if (operation.op === 'replace' && index < parent.length) parent[index] = value;
    else if (operation.op === 'remove' && index < parent.length) parent.splice(index, 1);
    else throw new Error(`patch ${operation.op} ${operation.path}: not supported or out of range`);
    return;
  }
  if (operation.op === 'add') parent[last] = value;
  else if (operation.op === 'replace' && last in parent) parent[last] = value;
  else if (operation.op === 'remove' && last in parent) delete parent[last];
  else throw new Error(`patch ${operation.op} ${operation.path}: not supported, or nothing there to change`);
}

/** Kubernetes quantities: CPU in cores, memory in bytes. */
export function quantity(value: string | number): number {
  if (typeof value === 'number') return value;
  const match = /^([0-9.]+)([a-zA-Z]*)$/.exec(value);
  if (!match) throw new Error(`not a quantity: ${value}`);
  const factors: Record<string, number> = { '': 1, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40 };
  const factor = factors[match[2]];
  if (factor === undefined) throw new Error(`unknown unit in ${value}`);
  return Number(match[1]) * factor;
}

/** Deep merge of Helm values files, later files winning (lists are replaced, as Helm does). */
export function mergeValues(...layers: unknown[]): Record<string, unknown> {
  const merge = (base: unknown, over: unknown): unknown => {
    if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over;
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(over)) out[key] = merge(base[key], value);
    return out;
  };
  return layers.reduce<unknown>((acc, layer) => merge(acc, layer), {}) as Record<string, unknown>;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
