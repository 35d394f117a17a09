import type { NatsConnection } from '@nats-io/transport-node';
import { RPCClient } from 'ocpp-rpc';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { DIRECTORY_ACTIONS, DIRECTORY_SERVICE } from '@chargemesh/contracts/party';
import { directoryService } from '@chargemesh/directory-service';
import { hubRouterService } from '@chargemesh/hub-router-service';
import { stationGatewayService } from '@chargemesh/station-gateway-service';
import { tariffCdrService } from '@chargemesh/tariff-cdr-service';
import { NatsRequester } from '@chargemesh/platform-messaging';
import { type StartedService, startService } from '@chargemesh/platform-runtime';
import { connectTestNats, removeNamespace, TEST_DATABASE_URL, TEST_NATS_URL, testLogger, testNamespace } from '@chargemesh/platform-testing';

export const ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef';
export const OCPI_BASE_URL = 'http://ocpi.platform.test';
const STATION_PASSWORD = 'correct-horse-battery-staple';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;
export type Party = { countryCode: string; partyId: string };

/**
 * One platform as it runs in production, minus credentials (no partner platform is involved): the
 * directory, the station gateway, the hub router and tariff-cdr of one namespace on the real NATS
 * and Postgres. Parties hosted here reach each other through the hub router's local routing.
 */
export class Platform {
  readonly requester: NatsRequester;

  private constructor(
    readonly namespace: string,
    readonly directory: StartedService,
    readonly gateway: StartedService,
    readonly router: StartedService,
    public tariffCdr: StartedService,
    private readonly nc: NatsConnection,
    private readonly env: NodeJS.ProcessEnv,
  ) {
    this.requester = new NatsRequester(nc, 20_000);
  }

  static async start(): Promise<Platform> {
    const namespace = testNamespace();
    const env: NodeJS.ProcessEnv = {
      NODE_ENV: 'test',
      CHARGEMESH_NAMESPACE: namespace,
      NATS_URL: TEST_NATS_URL,
      DATABASE_URL: TEST_DATABASE_URL,
      ADMIN_TOKEN,
      LOG_LEVEL: 'silent',
      OCPI_BASE_URL,
      OCPI_PUSH_INTERVAL_MS: '200',
      DIRECTORY_ROUTING_REFRESH_MS: '100',
      TARIFF_CDR_POLL_MS: '100',
      TARIFF_CDR_RETRY_BASE_MS: '100',
      TARIFF_CDR_RETRY_MAX_MS: '1000',
    };
    const listen = { port: 0, host: '127.0.0.1' };
    const logger = testLogger();
    const directory = await startService(directoryService, env, logger, listen);
    const tariffCdr = await startService(tariffCdrService, env, logger, listen);
    const router = await startService(hubRouterService, env, logger, listen);
    const gateway = await startService(stationGatewayService, env, logger, listen);
    return new Platform(namespace, directory, gateway, router, tariffCdr, await connectTestNats(), env);
  }

  async restartTariffCdr(): Promise<void> {
    await this.tariffCdr.app.close();
    this.tariffCdr = await startService(tariffCdrService, this.env, testLogger(), { port: 0, host: '127.0.0.1' });
  }

  async stop(): Promise<void> {
    for (const service of [this.gateway, this.router, this.tariffCdr, this.directory]) await service.app.close();
    await this.nc.close();
    await removeNamespace(this.namespace);
  }

  async registerParty(party: Party, role: 'CPO' | 'EMSP'): Promise<void> {
    await this.requester.request(commandSubject(this.namespace, DIRECTORY_SERVICE, DIRECTORY_ACTIONS.registerHostedParty), { ...party, roles: [{ role, businessDetails: { name: `${party.partyId} ${role}` } }] });
  }

  async http(service: StartedService, method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${service.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  async provisionStation(stationId: string, cpo: Party): Promise<void> {
    const created = await this.http(this.gateway, 'POST', '/admin/stations', { stationId, party: cpo, securityProfile: 1, password: STATION_PASSWORD });
    if (created.status !== 201) throw new Error(`provisioning ${stationId} failed: ${JSON.stringify(created)}`);
  }

  /** An ocpp-rpc station in strict mode, booted: every frame it sends or receives is checked against the OCA schemas. */
  async connectStation(identity: string): Promise<{ client: RPCClient; failures: unknown[] }> {
    const client = new RPCClient({
      endpoint: `ws://127.0.0.1:${this.gateway.port}/ocpp`,
      identity,
      password: STATION_PASSWORD,
      protocols: ['ocpp2.0.1'],
      strictMode: true,
      reconnect: false,
      callTimeoutMs: 10_000,
    } as unknown as ConstructorParameters<typeof RPCClient>[0]);
    const failures: unknown[] = [];
    client.on('strictValidationFailure', (failure: unknown) => failures.push(failure));
    await client.connect();
    await client.call('BootNotification', { reason: 'PowerUp', chargingStation: { vendorName: 'ChargeMesh', model: 'Test' } });
    return { client, failures };
  }
}
