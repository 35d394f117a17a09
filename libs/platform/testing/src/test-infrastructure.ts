import { randomBytes } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Client } from 'pg';
import pino, { type Logger } from 'pino';

/**
 * Integration tests use the real servers: NATS with JetStream and Postgres on their default
 * loopback ports (override with TEST_NATS_URL and TEST_DATABASE_URL). Each test suite works in
 * its own namespace (`test_<random>`), so suites never see each other's streams or databases.
 */
export const TEST_NATS_URL = process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222';
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432';

export function testNamespace(): string {
  return `test_${randomBytes(5).toString('hex')}`;
}

export function testLogger(): Logger {
  return pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
}

export async function connectTestNats(url = TEST_NATS_URL): Promise<NatsConnection> {
  return connect({ servers: url, name: 'chargemesh-test', maxReconnectAttempts: -1, reconnectTimeWait: 100 });
}

/** Deletes a namespace's streams and drops its databases. */
export async function removeNamespace(namespace: string, natsUrl = TEST_NATS_URL, databaseUrl = TEST_DATABASE_URL): Promise<void> {
  if (!namespace.startsWith('test_')) throw new Error(`refusing to remove non-test namespace ${namespace}`);
  const nc = await connect({ servers: natsUrl });
  try {
    const jsm = await jetstreamManager(nc);
    for await (const name of jsm.streams.names()) {
      if (name.startsWith(`${namespace.toUpperCase()}_`)) await jsm.streams.delete(name);
    }
  } finally {
    await nc.close();
  }
  const adminUrl = new URL(databaseUrl);
  adminUrl.pathname = '/postgres';
  const admin = new Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${namespace}\\_%`]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

/** Polls `probe` until it returns a value that is not undefined/false, or fails after `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 10_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value as T;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${(lastError as Error).message}` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
