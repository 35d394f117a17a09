import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Client } from 'pg';
import pino from 'pino';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { credentialsService } from '@chargemesh/credentials-service';
import { directoryService } from '@chargemesh/directory-service';
import { hubRouterService } from '@chargemesh/hub-router-service';
import { NatsRequester } from '@chargemesh/platform-messaging';
import { type StartedService, startService } from '@chargemesh/platform-runtime';
import { benchNamespace } from '../bench-support';

export const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
export const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432';
const ADMIN_TOKEN = `bench-admin-${randomBytes(12).toString('hex')}`;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** One ChargeMesh instance for the benchmark: directory, credentials and hub-router of one namespace, on 127.0.0.1. */
export class BenchInstance {
  private constructor(
    readonly name: string,
    readonly namespace: string,
    readonly hubPort: number,
    private readonly services: StartedService[],
    private readonly nc: NatsConnection,
  ) {}

  static async start(name: string): Promise<BenchInstance> {
    const namespace = benchNamespace(name);
    const hubPort = await freePort();
    const env: NodeJS.ProcessEnv = {
      NODE_ENV: 'development',
      CHARGEMESH_NAMESPACE: namespace,
      NATS_URL,
      DATABASE_URL,
      ADMIN_TOKEN,
      LOG_LEVEL: 'warn',
      OCPI_BASE_URL: `http://127.0.0.1:${hubPort}`,
      CREDENTIALS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      DIRECTORY_ROUTING_REFRESH_MS: '200',
      HUBCLIENTINFO_PUSH_INTERVAL_MS: '200',
    };
    const logger = pino({ level: 'warn' }).child({ instance: name });
    const directory = await startService(directoryService, env, logger, { port: 0, host: '127.0.0.1' });
    const credentials = await startService(credentialsService, env, logger, { port: 0, host: '127.0.0.1' });
    const hubRouter = await startService(hubRouterService, env, logger, { port: hubPort, host: '127.0.0.1' });
    return new BenchInstance(name, namespace, hubPort, [hubRouter, credentials, directory], await connect({ servers: NATS_URL }));
  }

  get ocpiBase(): string {
    return `http://127.0.0.1:${this.hubPort}/ocpi`;
  }

  addParty(countryCode: string, partyId: string, role: string): Promise<unknown> {
    return this.admin('directory', 'POST', '/admin/parties', { countryCode, partyId, roles: [{ role, businessDetails: { name: `${this.name} ${partyId}` } }] });
  }

  /** `other` registers with this instance, with a token A issued here. */
  async invite(other: BenchInstance): Promise<void> {
    const issued = (await this.admin('credentials', 'POST', '/admin/partners/token-a', { name: other.name })) as { token: string; versionsUrl: string };
    await other.admin('credentials', 'POST', '/admin/partners/register', { versionsUrl: issued.versionsUrl, token: issued.token });
  }

  request<T>(service: 'directory' | 'credentials', action: string, payload: unknown): Promise<T> {
    return new NatsRequester(this.nc, 30_000).request<T>(commandSubject(this.namespace, service, action), payload);
  }

  async stop(): Promise<void> {
    for (const service of this.services) await service.app.close();
    await this.nc.close();
  }

  private async admin(service: 'directory' | 'credentials', method: string, path: string, body?: unknown): Promise<unknown> {
    const started = this.services.find((candidate) => candidate.name === service);
    const response = await fetch(`${started?.url}${path}`, { method, headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const text = await response.text();
    if (!response.ok) throw new Error(`${this.name} ${method} ${path}: HTTP ${response.status} ${text}`);
    return text ? JSON.parse(text) : undefined;
  }
}

/** Deletes the benchmark's streams and databases. */
export async function removeBenchNamespaces(namespaces: string[]): Promise<void> {
  const nc = await connect({ servers: NATS_URL });
  const jsm = await jetstreamManager(nc);
  for await (const name of jsm.streams.names()) if (namespaces.some((namespace) => name.startsWith(`${namespace.toUpperCase()}_`))) await jsm.streams.delete(name);
  await nc.close();
  const admin = new Client({ connectionString: `${DATABASE_URL}/postgres` });
  await admin.connect();
  for (const namespace of namespaces) {
    const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${namespace}\\_%`]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
  await admin.end();
}
