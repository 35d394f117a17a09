import { RPCClient } from 'ocpp-rpc';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { DIRECTORY_ACTIONS } from '@chargemesh/contracts/party';
// These suites run the real platform around the modules (issue 5: the real gateway wherever a station is involved).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { directoryService } from '@chargemesh/directory-service';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { stationGatewayService } from '@chargemesh/station-gateway-service';
import type { NatsRequester } from '@chargemesh/platform-messaging';
import { type StartedService, startService } from '@chargemesh/platform-runtime';
import { TEST_DATABASE_URL, TEST_NATS_URL, testLogger } from '@chargemesh/platform-testing';
import { hubRouterService } from '../../hub-router.service';

export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
export const admin = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };
export const STATION_PASSWORD = 'correct-horse-battery-staple';
export const OCPI_BASE_URL = 'http://ocpi.platform.test';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;
export type Party = { countryCode: string; partyId: string };

const env = (namespace: string, extra: NodeJS.ProcessEnv) => ({
  NODE_ENV: 'test',
  CHARGEMESH_NAMESPACE: namespace,
  NATS_URL: TEST_NATS_URL,
  DATABASE_URL: TEST_DATABASE_URL,
  ADMIN_TOKEN,
  LOG_LEVEL: 'silent',
  OCPI_BASE_URL,
  ...extra,
});
const listen = { port: 0, host: '127.0.0.1' };

/** Directory, station gateway and hub router of one platform (namespace), each as it runs in production. */
export async function startPlatform(namespace: string, extra: NodeJS.ProcessEnv = {}) {
  const directory = await startService(directoryService, env(namespace, { OCPI_PUSH_INTERVAL_MS: '200', ...extra }), testLogger(), listen);
  const gateway = await startService(stationGatewayService, env(namespace, { OCPP_TOKEN_AUTHORITY_TIMEOUT_MS: '5000', ...extra }), testLogger(), listen);
  const router = await startService(hubRouterService, env(namespace, extra), testLogger(), listen);
  return {
    directory,
    gateway,
    router,
    close: async () => {
      for (const service of [router, gateway, directory]) await service.app.close();
    },
  };
}

export async function http(service: StartedService, method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${service.url}${path}`, { method, headers: admin, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

export async function registerParty(requester: NatsRequester, namespace: string, party: Party, ...roles: string[]): Promise<void> {
  await requester.request(commandSubject(namespace, 'directory', DIRECTORY_ACTIONS.registerHostedParty), { ...party, roles: roles.map((role) => ({ role, businessDetails: { name: `${party.partyId} ${role}` } })) });
}

export async function provisionStation(gateway: StartedService, stationId: string, party: Party): Promise<void> {
  const created = await http(gateway, 'POST', '/admin/stations', { stationId, party, securityProfile: 1, password: STATION_PASSWORD });
  if (created.status !== 201) throw new Error(`provisioning ${stationId} failed: ${JSON.stringify(created)}`);
}

/** An ocpp-rpc station in strict mode, booted: every frame we send it is checked against the OCA schemas. */
export async function connectStation(gateway: StartedService, identity: string, protocol: 'ocpp1.6' | 'ocpp2.0.1') {
  const client = new RPCClient({
    endpoint: `ws://127.0.0.1:${gateway.port}/ocpp`,
    identity,
    password: STATION_PASSWORD,
    protocols: [protocol],
    strictMode: true,
    reconnect: false,
    callTimeoutMs: 10_000,
  } as unknown as ConstructorParameters<typeof RPCClient>[0]);
  const failures: unknown[] = [];
  client.on('strictValidationFailure', (failure: unknown) => failures.push(failure));
  await client.connect();
  await client.call('BootNotification', protocol === 'ocpp1.6' ? { chargePointVendor: 'ChargeMesh', chargePointModel: 'Test' } : { reason: 'PowerUp', chargingStation: { vendorName: 'ChargeMesh', model: 'Test' } });
  return { client, failures };
}

/** A hosted CPO location body for the directory's admin API, EVSE `uid` linked to `station` EVSE `evseId`. */
export function adminLocation(evses: { uid: string; stationId: string; evseId: number }[]) {
  return {
    publish: true,
    address: 'Stationsplein 1',
    city: 'Utrecht',
    country: 'NLD',
    coordinates: { latitude: '52.0894444', longitude: '5.1100000' },
    time_zone: 'Europe/Amsterdam',
    evses: evses.map(({ uid, stationId, evseId }) => ({
      uid,
      status: 'AVAILABLE',
      capabilities: ['REMOTE_START_STOP_CAPABLE', 'RESERVABLE', 'UNLOCK_CAPABLE', 'CHARGING_PROFILE_CAPABLE'],
      connectors: [{ id: '1', standard: 'IEC_62196_T2', format: 'SOCKET', power_type: 'AC_3_PHASE', max_voltage: 230, max_amperage: 32 }],
      station: { stationId, evseId },
    })),
  };
}
