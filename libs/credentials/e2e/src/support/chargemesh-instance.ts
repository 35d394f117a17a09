import { randomBytes } from 'node:crypto';
import type { NatsConnection } from '@nats-io/transport-node';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { CREDENTIALS_SERVICE } from '@chargemesh/contracts/credential';
import { DIRECTORY_SERVICE } from '@chargemesh/contracts/party';
import { credentialsService } from '@chargemesh/credentials-service';
import { directoryService } from '@chargemesh/directory-service';
import { hubRouterService } from '@chargemesh/hub-router-service';
import { NatsRequester } from '@chargemesh/platform-messaging';
import { type StartedService, startService } from '@chargemesh/platform-runtime';
import { connectTestNats, freePort, removeNamespace, TEST_DATABASE_URL, TEST_NATS_URL, testLogger, testNamespace } from '@chargemesh/platform-testing';
import { type Json, ocpi } from './ocpi-http';

export const ADMIN_TOKEN = 'e2e-admin-token-0123456789abcdef';
const admin = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };

type PartyRole = 'CPO' | 'EMSP' | 'HUB' | 'NSP' | 'OTHER';

/**
 * One ChargeMesh instance as an operator runs it: the directory, credentials and hub-router
 * services of one namespace, with the hub-router on a fixed loopback port so that its public
 * OCPI_BASE_URL is known before the services start.
 */
export class ChargeMeshInstance {
  private hubRouter?: StartedService;
  private constructor(
    readonly name: string,
    readonly namespace: string,
    readonly hubPort: number,
    private readonly env: NodeJS.ProcessEnv,
    readonly directory: StartedService,
    readonly credentials: StartedService,
    hubRouter: StartedService,
    private readonly nc: NatsConnection,
  ) {
    this.hubRouter = hubRouter;
  }

  static async start(name: string, extraEnv: Record<string, string> = {}): Promise<ChargeMeshInstance> {
    const namespace = testNamespace();
    const hubPort = await freePort();
    const env: NodeJS.ProcessEnv = {
      NODE_ENV: 'test',
      CHARGEMESH_NAMESPACE: namespace,
      NATS_URL: TEST_NATS_URL,
      DATABASE_URL: TEST_DATABASE_URL,
      ADMIN_TOKEN,
      LOG_LEVEL: 'silent',
      OCPI_BASE_URL: `http://127.0.0.1:${hubPort}`,
      CREDENTIALS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      OCPI_OUTBOUND_TIMEOUT_MS: '3000',
      CREDENTIALS_OUTBOX_POLL_MS: '200',
      DIRECTORY_ROUTING_REFRESH_MS: '100',
      HUBCLIENTINFO_PUSH_INTERVAL_MS: '200',
      OCPI_ACTIVITY_FLUSH_MS: '200',
      ...extraEnv,
    };
    const logger = testLogger().child({ instance: name });
    const directory = await startService(directoryService, env, logger, { port: 0, host: '127.0.0.1' });
    const credentials = await startService(credentialsService, env, logger, { port: 0, host: '127.0.0.1' });
    const hubRouter = await startService(hubRouterService, env, logger, { port: hubPort, host: '127.0.0.1' });
    return new ChargeMeshInstance(name, namespace, hubPort, env, directory, credentials, hubRouter, await connectTestNats());
  }

  get ocpiBase(): string {
    return `http://127.0.0.1:${this.hubPort}/ocpi`;
  }

  get versionsUrl(): string {
    return `${this.ocpiBase}/versions`;
  }

  /** Takes the public OCPI surface down (the partner looks unreachable), or brings it back on the same port. */
  async stopHubRouter(): Promise<void> {
    await this.hubRouter?.app.close();
    this.hubRouter = undefined;
  }

  async startHubRouter(): Promise<void> {
    this.hubRouter ??= await startService(hubRouterService, this.env, testLogger(), { port: this.hubPort, host: '127.0.0.1' });
  }

  async stop(): Promise<void> {
    await this.stopHubRouter();
    await this.credentials.app.close();
    await this.directory.app.close();
    await this.nc.close();
    await removeNamespace(this.namespace);
  }

  // --- admin APIs -------------------------------------------------------------------------------

  async addParty(countryCode: string, partyId: string, ...roles: PartyRole[]): Promise<Json> {
    return this.adminCall(this.directory, 'POST', '/admin/parties', { countryCode, partyId, roles: roles.map((role) => ({ role, businessDetails: { name: `${this.name} ${partyId} ${role}` } })) }, 201);
  }

  issueTokenA(name?: string): Promise<{ platformId: string; token: string; versionsUrl: string }> {
    return this.adminCall(this.credentials, 'POST', '/admin/partners/token-a', name ? { name } : {}, 201);
  }

  registerWith(partner: { versionsUrl: string; token: string }): Promise<Json> {
    return this.adminCall(this.credentials, 'POST', '/admin/partners/register', partner, 201);
  }

  /** Issues a token A here and has `other` register with it: `other` → this instance. */
  async invite(other: ChargeMeshInstance): Promise<{ here: string; there: string }> {
    const { platformId, token, versionsUrl } = await this.issueTokenA(other.name);
    const registered = await other.registerWith({ versionsUrl, token });
    return { here: platformId, there: registered.platformId };
  }

  partners(): Promise<Json[]> {
    return this.adminCall(this.credentials, 'GET', '/admin/partners');
  }

  partner(platformId: string): Promise<Json> {
    return this.adminCall(this.credentials, 'GET', `/admin/partners/${platformId}`);
  }

  rotate(platformId: string): Promise<Json> {
    return this.adminCall(this.credentials, 'POST', `/admin/partners/${platformId}/rotate`);
  }

  unregister(platformId: string): Promise<Json> {
    return this.adminCall(this.credentials, 'POST', `/admin/partners/${platformId}/unregister`);
  }

  suspend(platformId: string): Promise<Json> {
    return this.adminCall(this.credentials, 'POST', `/admin/partners/${platformId}/suspend`);
  }

  platforms(): Promise<Json[]> {
    return this.adminCall(this.directory, 'GET', '/admin/platforms');
  }

  routes(): Promise<Json[]> {
    return this.adminCall(this.directory, 'GET', '/admin/routes');
  }

  async route(countryCode: string, partyId: string): Promise<Json | undefined> {
    return (await this.routes()).find((route: Json) => route.countryCode === countryCode && route.partyId === partyId);
  }

  setRoute(countryCode: string, partyId: string, platformId: string): Promise<Json> {
    return this.adminCall(this.directory, 'PUT', `/admin/routes/${countryCode}/${partyId}`, { platformId });
  }

  async adminCall(service: StartedService, method: string, path: string, body?: unknown, expected = 200): Promise<Json> {
    const response = await fetch(`${service.url}${path}`, { method, headers: admin, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const answer = await response.json();
    if (response.status !== expected) throw Object.assign(new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(answer)}`), { status: response.status, body: answer });
    return answer;
  }

  // --- NATS request/reply, as the hub router uses them --------------------------------------------

  request<T = Json>(service: 'directory' | 'credentials', action: string, payload: unknown): Promise<T> {
    return new NatsRequester(this.nc).request<T>(commandSubject(this.namespace, service === 'directory' ? DIRECTORY_SERVICE : CREDENTIALS_SERVICE, action), payload);
  }

  /** An OCPI call to this instance's public surface. */
  ocpi(method: string, path: string, options: Parameters<typeof ocpi>[2] = {}) {
    return ocpi(method, `${this.ocpiBase}${path}`, options);
  }
}
