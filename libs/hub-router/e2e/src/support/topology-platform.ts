import type { NatsConnection } from '@nats-io/transport-node';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { type OcpiExchangeReply, sendOcpiSubject } from '@chargemesh/contracts/ocpi';
import { ADMIN_TOKEN, ChargeMeshInstance } from '@chargemesh/credentials-e2e/chargemesh-instance';
import type { Json } from '@chargemesh/credentials-e2e/ocpi-http';
import { NatsRequester } from '@chargemesh/platform-messaging';
import { type StartedService, startService } from '@chargemesh/platform-runtime';
import { connectTestNats, eventually, TEST_DATABASE_URL, TEST_NATS_URL, testLogger } from '@chargemesh/platform-testing';
import { stationGatewayService } from '@chargemesh/station-gateway-service';
import { tariffCdrService } from '@chargemesh/tariff-cdr-service';

export type Role = 'CPO' | 'EMSP' | 'HUB';

/** A party of a topology, `NL*CPA` style, with the roles it is hosted with. */
export interface TopologyParty {
  countryCode: string;
  partyId: string;
  roles: Role[];
}

export const partyOf = (key: string, ...roles: Role[]): TopologyParty => ({ countryCode: key.slice(0, 2), partyId: key.slice(3), roles });
export const keyOf = (party: { countryCode: string; partyId: string }) => `${party.countryCode}*${party.partyId}`;

/** Quick pushes and retries, so the seed topologies settle within seconds. */
const FAST = { TARIFF_CDR_POLL_MS: '100', TARIFF_CDR_RETRY_BASE_MS: '200', TARIFF_CDR_RETRY_MAX_MS: '1000', OCPI_PUSH_INTERVAL_MS: '100', OCPI_ROUTE_CACHE_MS: '200' };

/**
 * One ChargeMesh platform of a seed topology, as an operator runs it: the directory, credentials
 * and hub-router (ChargeMeshInstance), plus tariff-cdr, and the station gateway where it hosts a
 * CPO. The helpers use the services' own admin and NATS APIs, as an operator or a module would.
 */
export class TopologyPlatform {
  private constructor(
    readonly base: ChargeMeshInstance,
    readonly parties: TopologyParty[],
    readonly tariffCdr: StartedService,
    readonly gateway: StartedService | undefined,
    private readonly nc: NatsConnection,
  ) {}

  static async start(name: string, parties: TopologyParty[]): Promise<TopologyPlatform> {
    const base = await ChargeMeshInstance.start(name, FAST);
    const env: NodeJS.ProcessEnv = {
      NODE_ENV: 'test',
      CHARGEMESH_NAMESPACE: base.namespace,
      NATS_URL: TEST_NATS_URL,
      DATABASE_URL: TEST_DATABASE_URL,
      ADMIN_TOKEN,
      LOG_LEVEL: 'silent',
      OCPI_BASE_URL: `http://127.0.0.1:${base.hubPort}`,
      ...FAST,
    };
    const logger = testLogger().child({ instance: name });
    const tariffCdr = await startService(tariffCdrService, env, logger, { port: 0, host: '127.0.0.1' });
    const hostsCpo = parties.some((party) => party.roles.includes('CPO'));
    const gateway = hostsCpo ? await startService(stationGatewayService, env, logger, { port: 0, host: '127.0.0.1' }) : undefined;
    for (const party of parties) await base.addParty(party.countryCode, party.partyId, ...party.roles);
    return new TopologyPlatform(base, parties, tariffCdr, gateway, await connectTestNats());
  }

  get name(): string {
    return this.base.name;
  }

  async stop(): Promise<void> {
    await this.gateway?.app.close();
    await this.tariffCdr.app.close();
    await this.nc.close();
    await this.base.stop();
  }

  /** `other` registers with this platform (token A issued here): a direct OCPI link between the two. */
  async link(other: TopologyPlatform): Promise<void> {
    await this.base.invite(other.base);
  }

  /** Waits until this platform routes to `party` over a CONNECTED route (`via` DIRECT or HUB). */
  waitForRoute(party: string, via: 'DIRECT' | 'HUB'): Promise<Json> {
    return eventually(
      async () => {
        const route = await this.base.route(party.slice(0, 2), party.slice(3));
        return route?.status === 'CONNECTED' && route.selected?.via === via ? route : undefined;
      },
      30_000,
      `${this.name} to route to ${party} via ${via}`,
    );
  }

  /** A NATS request to one of this platform's services. */
  request<T = Json>(service: string, action: string, payload: unknown, timeoutMs = 20_000): Promise<T> {
    return new NatsRequester(this.nc, timeoutMs).request<T>(commandSubject(this.base.namespace, service, action), payload);
  }

  /** An OCPI request FROM a party hosted here, as a module service sends it (send-ocpi). */
  sendOcpi(request: Json): Promise<OcpiExchangeReply> {
    return new NatsRequester(this.nc, 30_000).request<OcpiExchangeReply>(sendOcpiSubject(this.base.namespace), request);
  }

  adminCall(service: 'directory' | 'credentials' | 'tariff-cdr' | 'station-gateway', method: string, path: string, body?: unknown, expected = 200): Promise<Json> {
    const started = service === 'tariff-cdr' ? this.tariffCdr : service === 'station-gateway' ? this.gateway : service === 'directory' ? this.base.directory : this.base.credentials;
    if (!started) throw new Error(`${this.name} runs no ${service}`);
    return this.base.adminCall(started, method, path, body, expected);
  }
}
