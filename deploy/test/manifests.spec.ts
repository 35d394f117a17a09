import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { platformConfigSchema } from '@chargemesh/platform-config';
import {
  deployRoot,
  imageName,
  isDirectory,
  type K8sObject,
  type Labels,
  mergeValues,
  quantity,
  readKustomization,
  readManifests,
  readText,
  readYaml,
  renderKustomization,
  repoRoot,
  yamlFilesUnder,
} from './kustomize-lite';
import {
  allContainers,
  type CnpgCluster,
  type ConfigMap,
  type Deployment,
  type Ingress,
  type Container,
  ofKind,
  type PodDisruptionBudget,
  type Resources,
  type Service,
  selects,
  sampleSecrets,
  services,
} from './services';

const appsBase = path.join(deployRoot, 'apps', 'base');
const overlays = ['dev', 'prod'] as const;
const renderOverlay = (overlay: (typeof overlays)[number]) => renderKustomization(path.join(deployRoot, 'apps', 'overlays', overlay));
const kustomizationDirs = yamlFilesUnder(deployRoot)
  .filter((file) => path.basename(file) === 'kustomization.yaml')
  .map((file) => path.dirname(file));
/** Kubernetes manifests (not kustomizations, not Helm values). */
const manifestFiles = [...yamlFilesUnder(path.join(deployRoot, 'apps')), ...yamlFilesUnder(path.join(deployRoot, 'platform', 'cnpg'))].filter(
  (file) => path.basename(file) !== 'kustomization.yaml',
);

describe('deploy/ YAML', () => {
  it('should parse without errors when every YAML file of deploy/ and docker-compose.yml is read', () => {
    const files = [...yamlFilesUnder(deployRoot), path.join(repoRoot, 'docker-compose.yml')];
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const problems = parseAllDocuments(readText(file), { merge: true }).flatMap((doc) => doc.errors.map((e) => `${file}: ${e.message}`));
      expect(problems).toEqual([]);
    }
  });

  it('should name apiVersion, kind and metadata.name when a file is a Kubernetes manifest', () => {
    for (const file of manifestFiles) {
      const objects = readManifests(file);
      expect(objects.length).toBeGreaterThan(0);
      for (const object of objects) {
        expect({ file, apiVersion: typeof object.apiVersion, kind: typeof object.kind, name: typeof object.metadata?.name }).toEqual({
          file,
          apiVersion: 'string',
          kind: 'string',
          name: 'string',
        });
      }
    }
  });

  it('should list only files that exist when a kustomization names resources or patches', () => {
    for (const dir of kustomizationDirs) {
      const kustomization = readKustomization(dir);
      for (const resource of [...(kustomization.resources ?? []), ...(kustomization.components ?? [])]) {
        const target = path.resolve(dir, resource);
        const exists = isDirectory(target) ? existsSync(path.join(target, 'kustomization.yaml')) : existsSync(target);
        expect({ kustomization: dir, resource, exists }).toEqual({ kustomization: dir, resource, exists: true });
      }
      for (const patch of kustomization.patches ?? []) {
        if (patch.path) expect({ kustomization: dir, patch: patch.path, exists: existsSync(path.resolve(dir, patch.path)) }).toMatchObject({ exists: true });
      }
    }
  });

  it('should reference every manifest from a kustomization when one is added', () => {
    const listed = new Set(kustomizationDirs.flatMap((dir) => (readKustomization(dir).resources ?? []).map((r) => path.resolve(dir, r))));
    expect(manifestFiles.filter((file) => !listed.has(file))).toEqual([]);
  });
});

describe.each(services)('the $name service', (facts) => {
  // Rendered in beforeAll so that a broken manifest fails these tests, not the whole file.
  let objects: K8sObject[];
  let deployment: Deployment;
  let otherDeployments: Deployment[];
  let podLabels: Labels;
  let container: Container;
  let configMaps: ConfigMap[];
  beforeAll(() => {
    objects = renderKustomization(path.join(appsBase, facts.name));
    [deployment, ...otherDeployments] = ofKind<Deployment>(objects, 'Deployment');
    podLabels = deployment?.spec.template.metadata.labels ?? {};
    container = deployment?.spec.template.spec.containers[0];
    configMaps = ofKind<ConfigMap>(objects, 'ConfigMap');
  });
  const env = (name: string) => container?.env?.find((variable) => variable.name === name);
  const namedPort = (port: string | number | undefined) =>
    typeof port === 'number' ? port : container?.ports?.find((p) => p.name === port)?.containerPort;

  it('should have one Deployment whose selector picks its own pods', () => {
    expect(deployment?.metadata.name).toBe(facts.name);
    expect(otherDeployments).toEqual([]);
    expect(selects(deployment.spec.selector.matchLabels, podLabels)).toBe(true);
    expect(imageName(container.image)).toBe(`chargemesh/${facts.name}`);
    expect(existsSync(path.join(repoRoot, 'apps', facts.name))).toBe(true);
  });

  it('should probe /health/live for liveness and start-up and /health/ready for readiness on the service port', () => {
    expect(container.ports?.map((p) => p.containerPort)).toEqual([facts.port]);
    expect(container.livenessProbe?.httpGet?.path).toBe('/health/live');
    expect(container.readinessProbe?.httpGet?.path).toBe('/health/ready');
    expect(container.startupProbe?.httpGet?.path).toBe('/health/live');
    for (const probe of [container.livenessProbe, container.readinessProbe, container.startupProbe]) {
      expect(namedPort(probe?.httpGet?.port)).toBe(facts.port);
    }
  });

  it('should set CPU and memory requests and limits, requests not above limits, for every container', () => {
    for (const c of allContainers(deployment)) {
      for (const resource of ['cpu', 'memory']) {
        const request = c.resources?.requests?.[resource];
        const limit = c.resources?.limits?.[resource];
        expect({ container: c.name, resource, request: request !== undefined, limit: limit !== undefined }).toMatchObject({ request: true, limit: true });
        expect(quantity(request as string)).toBeLessThanOrEqual(quantity(limit as string));
      }
    }
  });

  it('should run as a non-root user with a read-only root file system', () => {
    const pod = deployment.spec.template.spec.securityContext ?? {};
    for (const c of allContainers(deployment)) {
      expect(c.securityContext?.runAsNonRoot ?? pod.runAsNonRoot).toBe(true);
      expect(c.securityContext?.runAsUser ?? pod.runAsUser).not.toBe(0);
      expect(c.securityContext?.readOnlyRootFilesystem).toBe(true);
      expect(c.securityContext?.allowPrivilegeEscalation).toBe(false);
    }
  });

  it('should give the pod longer than preStop plus SHUTDOWN_GRACE_MS when it is terminated', () => {
    const config = configMaps.find((cm) => container.envFrom?.some((source) => source.configMapRef?.name === cm.metadata.name));
    const graceMs = Number(config?.data.SHUTDOWN_GRACE_MS ?? platformConfigSchema.shape.SHUTDOWN_GRACE_MS.parse(undefined));
    const preStop = container.lifecycle?.preStop;
    const preStopSeconds = preStop?.sleep?.seconds ?? (preStop?.exec?.command[0] === 'sleep' ? Number(preStop.exec.command[1]) : 0);
    expect(deployment.spec.template.spec.terminationGracePeriodSeconds ?? 30).toBeGreaterThanOrEqual(graceMs / 1000 + preStopSeconds + 5);
  });

  it('should have a Service that selects its pods and targets the service port', () => {
    const [service, ...others] = ofKind<Service>(objects, 'Service');
    expect(others).toEqual([]);
    expect(service.metadata.name).toBe(facts.name);
    expect(selects(service.spec.selector, podLabels)).toBe(true);
    expect(service.spec.ports.map((p) => [p.port, namedPort(p.targetPort ?? p.port)])).toEqual([[facts.port, facts.port]]);
  });

  it('should have a PodDisruptionBudget that selects its pods and no other service', () => {
    const [pdb] = ofKind<PodDisruptionBudget>(objects, 'PodDisruptionBudget');
    expect(pdb).toBeDefined();
    expect(pdb.spec.minAvailable ?? pdb.spec.maxUnavailable).toBeDefined();
    expect(selects(pdb.spec.selector.matchLabels, podLabels)).toBe(true);
    for (const other of services.filter((s) => s.name !== facts.name)) {
      const otherPods = ofKind<Deployment>(renderKustomization(path.join(appsBase, other.name)), 'Deployment')[0].spec.template.metadata.labels;
      expect(selects(pdb.spec.selector.matchLabels, otherPods)).toBe(false);
    }
  });

  it('should read a ConfigMap that its service\'s own config schema accepts, with the secrets from Secrets', () => {
    const refs = container.envFrom?.map((source) => source.configMapRef?.name) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    const data = Object.assign({}, ...refs.map((ref) => configMaps.find((cm) => cm.metadata.name === ref)?.data ?? { missing: ref }));
    expect(data).toMatchObject({ NODE_ENV: 'production', DATABASE_CREATE_IF_MISSING: 'false', [facts.portEnv]: String(facts.port) });
    const known = (key: string) => key in facts.configSchema.shape || key.startsWith('OTEL_');
    expect(Object.keys(data).filter((key) => !known(key))).toEqual([]);
    const secrets = { DATABASE_URL: `postgresql://app:pw@${facts.name}-db-rw:5432/app`, ADMIN_TOKEN: sampleSecrets.ADMIN_TOKEN };
    for (const name of Object.keys(facts.secrets)) Object.assign(secrets, { [name]: sampleSecrets[name] });
    expect(facts.configSchema.safeParse({ ...data, ...secrets }).error?.issues ?? []).toEqual([]);
  });

  it('should take DATABASE_URL from its CloudNativePG app Secret and every secret from a Secret', () => {
    expect(env('DATABASE_URL')?.valueFrom?.secretKeyRef).toEqual({ name: `${facts.name}-db-app`, key: 'uri' });
    expect(env('NATS_PASSWORD')?.valueFrom?.secretKeyRef?.name).toBe('chargemesh-nats');
    expect(env('ADMIN_TOKEN')?.valueFrom?.secretKeyRef).toEqual({ name: 'chargemesh-admin', key: 'token' });
    for (const [name, secret] of Object.entries(facts.secrets)) expect({ name, ref: env(name)?.valueFrom?.secretKeyRef }).toEqual({ name, ref: secret });
    const literalSecrets = (container.env ?? []).filter((v) => /PASSWORD|TOKEN|SECRET|KEY|DATABASE_URL/.test(v.name) && v.value !== undefined);
    expect(literalSecrets).toEqual([]);
  });
});

describe('the overlays', () => {
  let rendered: Record<(typeof overlays)[number], K8sObject[]>;
  beforeAll(() => {
    rendered = { dev: renderOverlay('dev'), prod: renderOverlay('prod') };
  });
  const images = Object.fromEntries(overlays.map((o) => [o, readKustomization(path.join(deployRoot, 'apps', 'overlays', o)).images ?? []]));
  const baseImages = services.map((s) => `chargemesh/${s.name}`).sort();

  it('should map the same image names to the same repositories when comparing overlays', () => {
    for (const overlay of overlays) {
      expect(images[overlay].map((image) => image.name).sort()).toEqual(baseImages);
      expect(images[overlay].map((image) => [image.name, image.newName])).toEqual(images.prod.map((image) => [image.name, image.newName]));
    }
  });

  it.each(overlays)('should replace every placeholder image and set requests and limits when %s is rendered', (overlay) => {
    const deployments = ofKind<Deployment>(rendered[overlay], 'Deployment');
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual(services.map((s) => s.name).sort());
    for (const c of deployments.flatMap(allContainers)) {
      expect(c.image).toMatch(/^[a-z0-9.-]+\/.+:[\w.-]+$/);
      expect(baseImages).not.toContain(imageName(c.image));
      expect(Object.keys(c.resources?.requests ?? {}).sort()).toEqual(['cpu', 'memory']);
      expect(Object.keys(c.resources?.limits ?? {}).sort()).toEqual(['cpu', 'memory']);
    }
    for (const object of rendered[overlay]) expect(object.metadata.namespace).toBeTruthy();
  });

  it('should run 3 Postgres instances per service and 2 or more pods of each service in prod', () => {
    expect(ofKind<CnpgCluster>(rendered.prod, 'Cluster').map((c) => c.spec.instances)).toEqual(services.map(() => 3));
    for (const deployment of ofKind<Deployment>(rendered.prod, 'Deployment')) expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
  });

  it('should run 1 Postgres instance per service in dev', () => {
    expect(ofKind<CnpgCluster>(rendered.dev, 'Cluster').map((c) => c.spec.instances)).toEqual(services.map(() => 1));
  });

  it.each(overlays)('should route the public gateways through an Ingress to existing Services when %s is rendered', (overlay) => {
    const servicesByName = new Map(ofKind<Service>(rendered[overlay], 'Service').map((s) => [s.metadata.name, s]));
    const ingresses = ofKind<Ingress>(rendered[overlay], 'Ingress');
    const backends = ingresses.flatMap((ing) => ing.spec.rules.flatMap((rule) => rule.http.paths.map((p) => ({ ingress: ing, path: p }))));
    for (const { path: p } of backends) {
      const service = servicesByName.get(p.backend.service.name);
      expect(service?.spec.ports.some((port) => port.name === p.backend.service.port.name || port.port === p.backend.service.port.number)).toBe(true);
    }
    const exposed = new Set([
      ...backends.map((b) => b.path.backend.service.name),
      ...[...servicesByName.values()].filter((s) => s.spec.type === 'LoadBalancer').map((s) => s.metadata.name),
    ]);
    expect([...exposed].sort()).toEqual(services.filter((s) => s.isPublic).map((s) => s.name).sort());
    const gateway = backends.find((b) => b.path.backend.service.name === 'station-gateway');
    expect(gateway?.path.path).toBe('/ocpp');
    expect(Number(gateway?.ingress.metadata.annotations?.['nginx.ingress.kubernetes.io/proxy-read-timeout'])).toBeGreaterThanOrEqual(3600);
  });
});

describe('CloudNativePG clusters', () => {
  it('should declare one postgresql.cnpg.io/v1 Cluster per service with its own database and owner', () => {
    const clusters = ofKind<CnpgCluster>(renderKustomization(path.join(deployRoot, 'platform', 'cnpg')), 'Cluster');
    expect(clusters.map((c) => c.metadata.name).sort()).toEqual(services.map((s) => `${s.name}-db`).sort());
    for (const cluster of clusters) {
      const database = cluster.metadata.name.replace(/-db$/, '').replace(/-/g, '_');
      expect(cluster.apiVersion).toBe('postgresql.cnpg.io/v1');
      expect(cluster.spec.bootstrap?.initdb).toMatchObject({ database, owner: database });
      expect(cluster.spec.imageName).toMatch(/:\d+(\.\d+)?[-_.\w]*$/);
    }
  });
});

interface NatsValues {
  config: {
    cluster?: { enabled?: boolean; replicas?: number };
    jetstream?: { enabled?: boolean; fileStore?: { enabled?: boolean; pvc?: { enabled?: boolean; size?: string } } };
  };
  container?: { image?: { tag?: string }; env?: Record<string, string | { valueFrom?: { secretKeyRef?: { name: string } } }>; merge?: { resources?: Resources } };
  podTemplate?: { topologySpreadConstraints?: Record<string, { maxSkew?: number }> };
}

describe('NATS Helm values', () => {
  const natsDir = path.join(deployRoot, 'platform', 'nats');
  const values: Record<string, NatsValues> = {};
  beforeAll(() => {
    values.prod = mergeValues(readYaml(path.join(natsDir, 'values.yaml'))) as unknown as NatsValues;
    values.dev = mergeValues(values.prod, readYaml(path.join(natsDir, 'values-dev.yaml'))) as unknown as NatsValues;
  });
  const servers = (values: NatsValues) => (values.config.cluster?.enabled ? (values.config.cluster.replicas ?? 0) : 1);

  it('should enable JetStream on file storage with a PVC on a cluster of 3 servers spread over nodes', () => {
    const prod = values.prod;
    expect(prod.config.jetstream).toMatchObject({ enabled: true, fileStore: { enabled: true, pvc: { enabled: true } } });
    expect(quantity(prod.config.jetstream?.fileStore?.pvc?.size ?? '0')).toBeGreaterThan(0);
    expect(prod.config.cluster).toMatchObject({ enabled: true, replicas: 3 });
    expect(prod.podTemplate?.topologySpreadConstraints?.['kubernetes.io/hostname']?.maxSkew).toBe(1);
    expect(prod.container?.image?.tag).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each(overlays)('should set requests equal to limits and GOMEMLIMIT to 50-90%% of the memory limit in %s', (overlay) => {
    const resources = values[overlay].container?.merge?.resources;
    expect(resources?.requests).toEqual(resources?.limits);
    expect(Object.keys(resources?.limits ?? {}).sort()).toEqual(['cpu', 'memory']);
    const match = /^(\d+)(B|KiB|MiB|GiB|TiB)$/.exec(String(values[overlay].container?.env?.GOMEMLIMIT));
    expect(match).not.toBeNull();
    const factor = { B: 1, KiB: 2 ** 10, MiB: 2 ** 20, GiB: 2 ** 30, TiB: 2 ** 40 }[(match as RegExpExecArray)[2] as 'B'];
    const ratio = (Number((match as RegExpExecArray)[1]) * factor) / quantity(resources?.limits?.memory ?? 1);
    expect(ratio).toBeGreaterThanOrEqual(0.5);
    expect(ratio).toBeLessThanOrEqual(0.9);
  });

  it.each(overlays)('should ask for no more stream replicas than NATS servers when %s is rendered', (overlay) => {
    const replicas = ofKind<ConfigMap>(renderOverlay(overlay), 'ConfigMap').map((cm) => Number(cm.data.NATS_STREAM_REPLICAS));
    expect(replicas).toHaveLength(services.length);
    for (const r of replicas) expect(r).toBe(servers(values[overlay]));
  });

  it('should read the NATS user and password from the Secret the services use', () => {
    for (const key of ['CHARGEMESH_NATS_USER', 'CHARGEMESH_NATS_PASSWORD']) {
      const variable = values.prod.container?.env?.[key];
      expect(typeof variable === 'object' ? variable.valueFrom?.secretKeyRef?.name : variable).toBe('chargemesh-nats');
    }
  });
});
