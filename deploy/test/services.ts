import type { K8sObject, Labels } from './kustomize-lite';

/** What the manifests must agree on: one entry per deployable service. */
export interface ServiceFacts {
  name: string;
  port: number;
  portEnv: string;
  /** Reached from outside the cluster (partners or stations). */
  isPublic: boolean;
  /** Serves an admin API guarded by ADMIN_TOKEN. */
  hasAdminApi: boolean;
}

export const services: ServiceFacts[] = [
  { name: 'station-gateway', port: 8081, portEnv: 'STATION_GATEWAY_HTTP_PORT', isPublic: true, hasAdminApi: false },
  { name: 'hub-router', port: 8080, portEnv: 'HUB_ROUTER_HTTP_PORT', isPublic: true, hasAdminApi: false },
  { name: 'credentials', port: 8082, portEnv: 'CREDENTIALS_HTTP_PORT', isPublic: false, hasAdminApi: true },
  { name: 'directory', port: 8083, portEnv: 'DIRECTORY_HTTP_PORT', isPublic: false, hasAdminApi: true },
  { name: 'tariff-cdr', port: 8084, portEnv: 'TARIFF_CDR_HTTP_PORT', isPublic: false, hasAdminApi: false },
  { name: 'oicp-peer', port: 8085, portEnv: 'OICP_PEER_HTTP_PORT', isPublic: true, hasAdminApi: false },
];

/** The all-in-one entry point, the Dockerfile's default APP. */
export const allInOneApp = 'chargemesh';

export interface Probe {
  httpGet?: { path: string; port: string | number };
  periodSeconds?: number;
  failureThreshold?: number;
}
export interface Resources {
  requests?: Record<string, string | number>;
  limits?: Record<string, string | number>;
}
export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string }; fieldRef?: { fieldPath: string } };
}
export interface SecurityContext {
  runAsNonRoot?: boolean;
  runAsUser?: number;
  readOnlyRootFilesystem?: boolean;
  allowPrivilegeEscalation?: boolean;
}
export interface Container {
  name: string;
  image: string;
  ports?: { name?: string; containerPort: number }[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  startupProbe?: Probe;
  resources?: Resources;
  securityContext?: SecurityContext;
  lifecycle?: { preStop?: { exec?: { command: string[] }; sleep?: { seconds: number } } };
}
export interface Deployment extends K8sObject {
  spec: {
    replicas?: number;
    selector: { matchLabels: Labels };
    template: {
      metadata: { labels: Labels };
      spec: { containers: Container[]; initContainers?: Container[]; terminationGracePeriodSeconds?: number; securityContext?: SecurityContext };
    };
  };
}
export interface Service extends K8sObject {
  spec: { type?: string; selector: Labels; ports: { name?: string; port: number; targetPort?: string | number }[] };
}
export interface PodDisruptionBudget extends K8sObject {
  spec: { selector: { matchLabels: Labels }; minAvailable?: number | string; maxUnavailable?: number | string };
}
export interface ConfigMap extends K8sObject {
  data: Record<string, string>;
}
export interface CnpgCluster extends K8sObject {
  spec: { instances: number; imageName?: string; bootstrap?: { initdb?: { database?: string; owner?: string } } };
}
export interface Ingress extends K8sObject {
  spec: {
    rules: { host?: string; http: { paths: { path: string; backend: { service: { name: string; port: { name?: string; number?: number } } } }[] } }[];
  };
}

export function ofKind<T extends K8sObject>(objects: K8sObject[], kind: string): T[] {
  return objects.filter((object) => object.kind === kind) as T[];
}

/** True when every label of the selector is on the pod. */
export function selects(selector: Labels, podLabels: Labels): boolean {
  return Object.keys(selector).length > 0 && Object.entries(selector).every(([key, value]) => podLabels[key] === value);
}

export function allContainers(deployment: Deployment): Container[] {
  return [...deployment.spec.template.spec.containers, ...(deployment.spec.template.spec.initContainers ?? [])];
}
