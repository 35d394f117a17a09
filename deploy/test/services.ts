import type { ZodObject } from 'zod';
import { credentialsConfigSchema } from '@chargemesh/credentials-service';
import { directoryConfigSchema } from '@chargemesh/directory-service';
import { hubRouterConfigSchema } from '@chargemesh/hub-router-service';
import { oicpPeerConfigSchema } from '@chargemesh/oicp-peer-service';
import { stationGatewayConfigSchema } from '@chargemesh/station-gateway-service';
import { tariffCdrConfigSchema } from '@chargemesh/tariff-cdr-service';
import type { K8sObject, Labels } from './kustomize-lite';

/** What the manifests must agree on: one entry per deployable service. */
export interface ServiceFacts {
  name: string;
  port: number;
  portEnv: string;
  /** Reached from outside the cluster (partners or stations). */
  isPublic: boolean;
  /** The service's own config schema: what its ConfigMap and compose environment must satisfy. */
  configSchema: ZodObject;
  /** Secrets besides DATABASE_URL, NATS_* and ADMIN_TOKEN: variable → Kubernetes Secret and key. */
  secrets: Record<string, { name: string; key: string }>;
}

const encryption = (key: string) => ({ name: 'chargemesh-encryption', key });

// Every service serves an admin API guarded by ADMIN_TOKEN.
export const services: ServiceFacts[] = [
  { name: 'station-gateway', port: 8081, portEnv: 'STATION_GATEWAY_HTTP_PORT', isPublic: true, configSchema: stationGatewayConfigSchema, secrets: {} },
  { name: 'hub-router', port: 8080, portEnv: 'HUB_ROUTER_HTTP_PORT', isPublic: true, configSchema: hubRouterConfigSchema, secrets: {} },
  {
    name: 'credentials',
    port: 8082,
    portEnv: 'CREDENTIALS_HTTP_PORT',
    isPublic: false,
    configSchema: credentialsConfigSchema,
    secrets: { CREDENTIALS_ENCRYPTION_KEY: encryption('credentials') },
  },
  { name: 'directory', port: 8083, portEnv: 'DIRECTORY_HTTP_PORT', isPublic: false, configSchema: directoryConfigSchema, secrets: {} },
  { name: 'tariff-cdr', port: 8084, portEnv: 'TARIFF_CDR_HTTP_PORT', isPublic: false, configSchema: tariffCdrConfigSchema, secrets: {} },
  { name: 'oicp-peer', port: 8085, portEnv: 'OICP_PEER_HTTP_PORT', isPublic: true, configSchema: oicpPeerConfigSchema, secrets: { OICP_ENCRYPTION_KEY: encryption('oicp') } },
];

/** Stand-ins for secret values, in the formats the config schemas demand. */
export const sampleSecrets: Record<string, string> = {
  ADMIN_TOKEN: 'x'.repeat(24),
  CREDENTIALS_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
  OICP_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString('base64'),
};

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
