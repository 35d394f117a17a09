import { randomBytes } from 'node:crypto';
import { type Agent, request as httpsRequest } from 'node:https';
import type { NatsConnection } from '@nats-io/transport-node';
import { Client } from 'pg';
import { databaseName } from '@chargemesh/contracts/envelope';
import { directoryService } from '@chargemesh/directory-service';
import { type StartedService, startService } from '@chargemesh/platform-runtime';
import { connectTestNats, eventually, removeNamespace, TEST_DATABASE_URL, TEST_NATS_URL, testLogger, testNamespace } from '@chargemesh/platform-testing';
import { oicpPeerService } from '@chargemesh/oicp-peer-service';

/*
 * ChargeMesh instances on one machine, each a namespace with its own directory and oicp-peer (real
 * NATS, real Postgres, real HTTP between them), wired up as OICP peers through their admin APIs.
 */

export const ADMIN_TOKEN = 'oicp-test-admin-token-0123456789';
const admin = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };

export interface Instance {
  name: string;
  namespace: string;
  directory: StartedService;
  peer: StartedService;
  env: NodeJS.ProcessEnv;
}

export interface Reply {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export const token = () => randomBytes(24).toString('base64url');

export function instanceEnv(namespace: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'test',
    CHARGEMESH_NAMESPACE: namespace,
    NATS_URL: TEST_NATS_URL,
    DATABASE_URL: TEST_DATABASE_URL,
    ADMIN_TOKEN,
    LOG_LEVEL: 'silent',
    OICP_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    OICP_DELIVERY_BACKOFF_MS: '50,100,200',
    OICP_DELIVERY_POLL_MS: '200',
    ...extra,
  };
}

export async function startInstance(name: string, extra: NodeJS.ProcessEnv = {}): Promise<Instance> {
  const namespace = testNamespace();
  const env = instanceEnv(namespace, extra);
  const directory = await startService(directoryService, env, testLogger(), { port: 0, host: '127.0.0.1' });
  const peer = await startService(oicpPeerService, env, testLogger(), { port: 0, host: '127.0.0.1' });
  return { name, namespace, directory, peer, env };
}

/** Stops the oicp-peer of an instance (its port, database and streams stay). */
export async function stopPeer(instance: Instance): Promise<void> {
  await instance.peer.app.close();
}

/** Starts the oicp-peer of an instance again on the same port and database, as after a restart. */
export async function startPeer(instance: Instance): Promise<void> {
  instance.peer = await startService(oicpPeerService, instance.env, testLogger(), { port: instance.peer.port, host: '127.0.0.1' });
}

export async function stopInstances(instances: Instance[]): Promise<void> {
  for (const instance of instances) {
    await instance.peer.app.close().catch(() => undefined);
    await instance.directory.app.close().catch(() => undefined);
  }
  for (const instance of instances) await removeNamespace(instance.namespace);
}

/** How to reach the services that serve HTTPS (their own certificates, the client certificate to show). */
const httpsAgents = new WeakMap<StartedService, Agent>();
export const useHttpsAgent = (service: StartedService, agent: Agent) => httpsAgents.set(service, agent);

export async function call(service: StartedService, method: string, path: string, body?: unknown, headers: Record<string, string> = admin): Promise<Reply> {
  const agent = httpsAgents.get(service);
  if (agent) return callHttps(`${service.url}${path}`, agent, method, body, headers);
  const response = await fetch(`${service.url}${path}`, { method, headers, ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

export const adminPost = (instance: Instance, path: string, body: unknown) => call(instance.peer, 'POST', path, body);
export const adminGet = (instance: Instance, path: string) => call(instance.peer, 'GET', path);

/** POSTs an OICP request to an instance as a peer would, with that peer's token. */
export const oicpPost = (instance: Instance, path: string, body: unknown, peerToken?: string, extraHeaders: Record<string, string> = {}) =>
  call(instance.peer, 'POST', path, body, { 'content-type': 'application/json', ...(peerToken ? { authorization: `Bearer ${peerToken}` } : {}), ...extraHeaders });

/** Hosts a party in the instance's directory and gives it OICP ids. */
export async function host(instance: Instance, party: { countryCode: string; partyId: string; operatorId?: string; operatorName?: string; providerId?: string }): Promise<void> {
  const roles = [...(party.operatorId ? [{ role: 'CPO', businessDetails: { name: party.operatorName ?? 'CPO' } }] : []), ...(party.providerId ? [{ role: 'EMSP', businessDetails: { name: 'EMP' } }] : [])];
  const registered = await call(instance.directory, 'POST', '/admin/parties', { countryCode: party.countryCode, partyId: party.partyId, roles });
  if (registered.status !== 201) throw new Error(`directory refused the party: ${JSON.stringify(registered.body)}`);
  // The directory answers before its projection may have caught up; wait until it serves the party back.
  await eventually(async () => (await call(instance.directory, 'GET', `/admin/parties/${party.countryCode}/${party.partyId}`)).status === 200, 20_000, 'the directory to serve the party');
  const configured = await adminPost(instance, '/admin/oicp/identities', party);
  if (configured.status !== 201) throw new Error(`oicp-peer refused the identity: ${JSON.stringify(configured.body)}`);
}

export interface PeerLink {
  operatorIds?: string[];
  providerIds?: string[];
  defaultForOperators?: boolean;
  defaultForProviders?: boolean;
  requestTimeoutMs?: number;
}

/**
 * Registers `remote` as a peer of `local` under `peerId` with a fresh token in each direction, and
 * returns the token `remote` presents to `local`.
 */
export async function registerPeer(local: Instance, peerId: string, remote: Instance, link: PeerLink, tokens: { inbound: string; outbound: string }): Promise<void> {
  const registered = await adminPost(local, '/admin/oicp/peers', { peerId, baseUrl: remote.peer.url, inboundToken: tokens.inbound, outboundToken: tokens.outbound, ...link });
  if (registered.status !== 201) throw new Error(`peer registration refused: ${JSON.stringify(registered.body)}`);
}

/** Links two instances both ways: each registers the other, with matching tokens. Returns the tokens each side presents. */
export async function link(a: Instance, aPeerIdAtB: string, aLinkAtB: PeerLink, b: Instance, bPeerIdAtA: string, bLinkAtA: PeerLink): Promise<{ aPresents: string; bPresents: string }> {
  const aPresents = token();
  const bPresents = token();
  await registerPeer(a, bPeerIdAtA, b, bLinkAtA, { inbound: bPresents, outbound: aPresents });
  await registerPeer(b, aPeerIdAtB, a, aLinkAtB, { inbound: aPresents, outbound: bPresents });
  return { aPresents, bPresents };
}

export async function receivedEvses(instance: Instance, operatorId: string): Promise<Reply['body'][]> {
  return (await adminGet(instance, `/admin/oicp/emp/evses?operatorId=${encodeURIComponent(operatorId)}`)).body;
}

/** Waits until `probe` holds, reading through the admin API. */
export const until = <T>(probe: () => Promise<T | undefined | false>, what: string, timeoutMs = 15_000) => eventually(probe, timeoutMs, what);

export async function natsClient(): Promise<NatsConnection> {
  return connectTestNats();
}

/** Reads an instance's oicp-peer database: to wait for a projection that no admin API shows. */
export async function queryPeerDatabase<T = Record<string, unknown>>(instance: Instance, sql: string, params: unknown[] = []): Promise<T[]> {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${databaseName(instance.namespace, 'oicp-peer')}`;
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Node's fetch cannot take a client certificate or an extra CA without undici; node:https can. */
export function callHttps(url: string, agent: Agent, method: string, body?: unknown, headers: Record<string, string> = admin): Promise<Reply> {
  const text = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const outgoing = httpsRequest(url, { method, agent, headers: { ...headers, ...(text === undefined ? {} : { 'content-length': String(Buffer.byteLength(text)) }) } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const answer = Buffer.concat(chunks).toString('utf8');
        resolve({ status: response.statusCode ?? 0, body: answer ? JSON.parse(answer) : undefined });
      });
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(text);
  });
}
