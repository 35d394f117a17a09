import type { NatsConnection } from '@nats-io/transport-node';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { type HandleOcpiModuleRequest, type OcpiExchangeReply, type OcpiModule, ocpiModuleHandlerSubject, type SendOcpiRequest, sendOcpiSubject } from '@chargemesh/contracts/ocpi';
import { DIRECTORY_ACTIONS } from '@chargemesh/contracts/party';
import { NatsRequester, NatsResponder } from '@chargemesh/platform-messaging';
import { type StartedService, startService } from '@chargemesh/platform-runtime';
import { TEST_DATABASE_URL, TEST_NATS_URL, testLogger } from '@chargemesh/platform-testing';
import { directoryService } from '../../directory.service';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
export const admin = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };
export const BASE_URL = 'https://ocpi.example.test';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;
export type Party = { countryCode: string; partyId: string };

export function directoryEnv(namespace: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'test',
    CHARGEMESH_NAMESPACE: namespace,
    NATS_URL: TEST_NATS_URL,
    DATABASE_URL: TEST_DATABASE_URL,
    ADMIN_TOKEN,
    LOG_LEVEL: 'silent',
    OCPI_PUSH_INTERVAL_MS: '200',
    ...extra,
  };
}

export const startDirectory = (namespace: string, extra: NodeJS.ProcessEnv = {}) =>
  startService(directoryService, directoryEnv(namespace, extra), testLogger(), { port: 0, host: '127.0.0.1' });

export async function http(service: StartedService, method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${service.url}${path}`, { method, headers: admin, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

export async function registerParty(requester: NatsRequester, namespace: string, party: Party, ...roles: string[]): Promise<void> {
  await requester.request(commandSubject(namespace, 'directory', DIRECTORY_ACTIONS.registerHostedParty), {
    ...party,
    roles: roles.map((role) => ({ role, businessDetails: { name: `${party.partyId} ${role}` } })),
  });
}

/** Hands a request to a module service the way the OCPI edge does (`<ns>.cmd.ocpi-<module>.handle`). */
export function moduleClient(requester: NatsRequester, namespace: string, module: OcpiModule) {
  let counter = 0;
  return (request: Omit<HandleOcpiModuleRequest, 'module' | 'requestId' | 'correlationId' | 'baseUrl' | 'query'> & { query?: Record<string, string> }): Promise<OcpiExchangeReply> =>
    requester.request(ocpiModuleHandlerSubject(namespace, module), {
      module,
      query: {},
      ...request,
      requestId: `req-${++counter}`,
      correlationId: `corr-${counter}`,
      baseUrl: BASE_URL,
    });
}

/**
 * A stand-in for the hub router's `send-ocpi` over the real NATS (the router is another
 * engineer's work): it records every request, hands those addressed to a party hosted here to
 * its module service as the router would, and answers the others with `remote`.
 */
export function serveFakeRouter(
  nc: NatsConnection,
  namespace: string,
  hosted: (party: Party) => boolean,
  remote: (request: SendOcpiRequest) => OcpiExchangeReply = () => ({ httpStatus: 200, statusCode: 1000, headers: {} }),
  /** Answers in the receiver's place when it returns a reply (a receiver that fails or refuses). */
  intercept: (request: SendOcpiRequest) => OcpiExchangeReply | undefined = () => undefined,
) {
  const sent: SendOcpiRequest[] = [];
  const requester = new NatsRequester(nc, 10_000);
  const subscription = new NatsResponder(nc, testLogger()).serve(sendOcpiSubject(namespace), async (payload) => {
    const request = payload as SendOcpiRequest;
    sent.push(request);
    const intercepted = intercept(request);
    if (intercepted) return intercepted;
    if (!hosted(request.to)) return remote(request);
    return requester.request(ocpiModuleHandlerSubject(namespace, request.module), {
      ...request,
      requestId: request.requestId ?? `fwd-${sent.length}`,
      correlationId: request.correlationId ?? `fwd-${sent.length}`,
      baseUrl: BASE_URL,
    });
  });
  return { sent, stop: () => subscription.unsubscribe() };
}

export const party = (countryCode: string, partyId: string): Party => ({ countryCode, partyId });
