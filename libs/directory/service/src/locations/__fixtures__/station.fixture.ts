import { RPCClient } from 'ocpp-rpc';
import { type StartedService, startService } from '@chargemesh/platform-runtime';
// The real station gateway plays the station side of these tests (issue 5: a real gateway wherever a station is involved).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { stationGatewayService } from '@chargemesh/station-gateway-service';
import { TEST_DATABASE_URL, TEST_NATS_URL, testLogger } from '@chargemesh/platform-testing';
import { ADMIN_TOKEN, admin, type Party } from './directory-harness.fixture';

export const STATION_PASSWORD = 'correct-horse-battery-staple';

export const startGateway = (namespace: string, extra: NodeJS.ProcessEnv = {}) =>
  startService(
    stationGatewayService,
    { NODE_ENV: 'test', CHARGEMESH_NAMESPACE: namespace, NATS_URL: TEST_NATS_URL, DATABASE_URL: TEST_DATABASE_URL, ADMIN_TOKEN, LOG_LEVEL: 'silent', ...extra },
    testLogger(),
    { port: 0, host: '127.0.0.1' },
  );

export async function provisionStation(gateway: StartedService, stationId: string, party: Party): Promise<void> {
  const response = await fetch(`${gateway.url}/admin/stations`, { method: 'POST', headers: admin, body: JSON.stringify({ stationId, party, securityProfile: 1, password: STATION_PASSWORD }) });
  if (response.status !== 201) throw new Error(`provisioning ${stationId} failed: ${response.status} ${await response.text()}`);
}

/** An ocpp-rpc station in strict mode: every frame we send it is checked against the OCA schemas; `failures` collects violations. */
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
  const boot = protocol === 'ocpp1.6' ? { chargePointVendor: 'ChargeMesh', chargePointModel: 'Test' } : { reason: 'PowerUp', chargingStation: { vendorName: 'ChargeMesh', model: 'Test' } };
  await client.call('BootNotification', boot);
  return { client, failures };
}
