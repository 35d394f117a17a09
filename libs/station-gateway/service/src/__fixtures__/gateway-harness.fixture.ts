import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { Duplex } from 'node:stream';
import type { NatsConnection } from '@nats-io/transport-node';
import { RPCClient } from 'ocpp-rpc';
import WebSocket from 'ws';
import { commandSubject, type EventEnvelope } from '@chargemesh/contracts/envelope';
import { DIRECTORY_ACTIONS, DIRECTORY_SERVICE, PARTY_ERRORS } from '@chargemesh/contracts/party';
import { CodedError } from '@chargemesh/contracts/envelope';
import { EventStore, NatsResponder } from '@chargemesh/platform-messaging';
import { type StartedService, startService } from '@chargemesh/platform-runtime';
import { connectTestNats, TEST_DATABASE_URL, TEST_NATS_URL, testLogger } from '@chargemesh/platform-testing';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { stationRef } from '../events/station-event-sink';
import { stationGatewayService } from '../station-gateway.service';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
export const admin = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };
export const PASSWORD = 'correct-horse-battery-staple';
/** The CPO party the stations of these suites belong to. */
export const CPO = { countryCode: 'NL', partyId: 'CMX' };

export function gatewayEnv(namespace: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'test',
    CHARGEMESH_NAMESPACE: namespace,
    NATS_URL: TEST_NATS_URL,
    DATABASE_URL: TEST_DATABASE_URL,
    ADMIN_TOKEN,
    LOG_LEVEL: 'silent',
    OCPP_TOKEN_AUTHORITY_TIMEOUT_MS: '300',
    ...extra,
  };
}

export function startGateway(namespace: string, extra: NodeJS.ProcessEnv = {}) {
  return startService(stationGatewayService, gatewayEnv(namespace, extra), testLogger(), { port: 0, host: '127.0.0.1' });
}

/**
 * The directory's `get-party` contract, answered here over real NATS so that these suites test the
 * gateway without starting another team's service: NL*CMX is a CPO, NL*EMP an eMSP only.
 */
export function serveDirectoryParties(nc: NatsConnection, namespace: string): void {
  const parties: Record<string, unknown> = {
    'NL*CMX': { countryCode: 'NL', partyId: 'CMX', roles: [{ role: 'CPO', businessDetails: { name: 'ChargeMesh CPO' } }], registeredAt: new Date().toISOString(), updatedAt: new Date().toISOString() },
    'NL*EMP': { countryCode: 'NL', partyId: 'EMP', roles: [{ role: 'EMSP', businessDetails: { name: 'An eMSP' } }], registeredAt: new Date().toISOString(), updatedAt: new Date().toISOString() },
  };
  new NatsResponder(nc, testLogger()).serve(commandSubject(namespace, DIRECTORY_SERVICE, DIRECTORY_ACTIONS.getParty), async (payload) => {
    const { countryCode, partyId } = payload as { countryCode: string; partyId: string };
    const party = parties[`${countryCode.toUpperCase()}*${partyId.toUpperCase()}`];
    if (!party) throw new CodedError(PARTY_ERRORS.notFound, 'no such party');
    return party;
  });
}

export async function http(service: StartedService, method: string, path: string, body?: unknown, headers: Record<string, string> = admin) {
  const response = await fetch(`${service.url}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

export async function provision(service: StartedService, stationId: string, extra: Record<string, unknown> = {}) {
  const created = await http(service, 'POST', '/admin/stations', { stationId, party: CPO, securityProfile: 1, password: PASSWORD, ...extra });
  if (created.status !== 201) throw new Error(`provisioning ${stationId} failed: ${JSON.stringify(created)}`);
  return created.body;
}

export interface StrictStation {
  client: RPCClient;
  /** Strict-mode validation failures seen by the station: our frames that break the OCA schemas. */
  failures: unknown[];
}

/** An ocpp-rpc station in strict mode: it validates every CALLRESULT and CALL we send against the OCA schemas. */
export async function connectStation(
  service: StartedService,
  identity: string,
  protocol: 'ocpp1.6' | 'ocpp2.0.1',
  options: { password?: string | Buffer; callTimeoutMs?: number } = {},
): Promise<StrictStation> {
  const client = new RPCClient({
    endpoint: `ws://127.0.0.1:${service.port}/ocpp`,
    identity,
    password: options.password ?? PASSWORD,
    protocols: [protocol],
    strictMode: true,
    reconnect: false,
    callTimeoutMs: options.callTimeoutMs ?? 10_000,
  } as unknown as ConstructorParameters<typeof RPCClient>[0]);
  const failures: unknown[] = [];
  client.on('strictValidationFailure', (failure: unknown) => failures.push(failure));
  await client.connect();
  return { client, failures };
}

/** A raw WebSocket "station" for frames no conforming client would send. */
export async function rawStation(service: StartedService, identity: string, protocols: string[], password = PASSWORD, options: { autoPong?: boolean } = {}) {
  const ws = new WebSocket(`ws://127.0.0.1:${service.port}/ocpp/${encodeURIComponent(identity)}`, protocols, {
    headers: { authorization: `Basic ${Buffer.from(`${identity}:${password}`).toString('base64')}` },
    autoPong: options.autoPong ?? true,
  });
  const frames: unknown[][] = [];
  const waiters: (() => void)[] = [];
  ws.on('message', (data) => {
    frames.push(JSON.parse(String(data)));
    waiters.splice(0).forEach((wake) => wake());
  });
  await new Promise<void>((resolve, reject) => ws.once('open', () => resolve()).once('error', reject));
  /** Sends a frame (string as is, anything else as JSON) and waits for the next answer. */
  const exchange = async (frame: unknown, answers = 1): Promise<unknown[]> => {
    const before = frames.length;
    ws.send(typeof frame === 'string' ? frame : JSON.stringify(frame));
    while (frames.length < before + answers) await new Promise<void>((resolve) => waiters.push(resolve));
    return frames[before + answers - 1];
  };
  return { ws, frames, exchange };
}

/**
 * A WebSocket handshake done by hand, for what a WebSocket client library would hide: the status
 * and subprotocol of the answer, and the upgraded socket, which answers nothing (not even a close).
 */
export function rawUpgrade(port: number, path: string, headers: Record<string, string>, protocol: string) {
  return new Promise<{ status: number; protocol: string | undefined; socket?: Duplex; head: Buffer }>((resolve, reject) => {
    const request = httpRequest({
      host: '127.0.0.1',
      port,
      path,
      headers: { ...headers, connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': randomBytes(16).toString('base64'), 'sec-websocket-protocol': protocol },
    });
    request.on('upgrade', (response, socket, head: Buffer) => resolve({ status: response.statusCode ?? 0, protocol: response.headers['sec-websocket-protocol'], socket, head }));
    request.on('response', (response) => {
      resolve({ status: response.statusCode ?? 0, protocol: undefined, head: Buffer.alloc(0) });
      response.resume();
    });
    request.on('error', reject);
    request.end();
  });
}

export const basicAuth = (user: string, password = PASSWORD) => ({ authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` });

/** The station's events in stream order. */
export async function stationEvents(nc: NatsConnection, namespace: string, stationId: string): Promise<EventEnvelope[]> {
  const store = new EventStore(jetstream(nc), await jetstreamManager(nc), namespace);
  return (await store.load(stationRef(stationId))).events.map((event) => event.envelope);
}

export const eventTypes = (events: EventEnvelope[]) => events.map((event) => event.type);

export { connectTestNats };
