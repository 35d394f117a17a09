import { connect } from '@nats-io/transport-node';
import { Client } from 'pg';
import type { PlatformConfig } from '@chargemesh/platform-config';

export interface PreflightProblem {
  dependency: 'NATS' | 'Postgres';
  detail: string;
  hint: string;
}

/**
 * Checks before boot that NATS (with JetStream) and Postgres answer, so that a missing server
 * is reported in one clear message with the command that starts it, instead of a hang or a
 * stack trace from deep inside a module.
 */
export async function preflight(config: PlatformConfig): Promise<PreflightProblem[]> {
  const problems = await Promise.all([checkNats(config), checkPostgres(config)]);
  return problems.filter((problem): problem is PreflightProblem => problem !== undefined);
}

async function checkNats(config: PlatformConfig): Promise<PreflightProblem | undefined> {
  const hint =
    'start it with: start-stop-daemon --start --oknodo --background --exec /usr/sbin/nats-server -- -a 127.0.0.1 -p 4222 -js -sd /var/lib/nats-server ' +
    '(install: apt-get install -y nats-server), or: docker compose up -d nats';
  try {
    const nc = await connect({ servers: config.NATS_URL.split(','), user: config.NATS_USER, pass: config.NATS_PASSWORD, timeout: 3_000, maxReconnectAttempts: 0 });
    try {
      const jetstreamEnabled = nc.info?.jetstream;
      if (!jetstreamEnabled) return { dependency: 'NATS', detail: `the server at ${config.NATS_URL} runs without JetStream`, hint: 'restart nats-server with -js' };
    } finally {
      await nc.close();
    }
    return undefined;
  } catch (error) {
    return { dependency: 'NATS', detail: `not reachable at ${config.NATS_URL} (${(error as Error).message})`, hint };
  }
}

async function checkPostgres(config: PlatformConfig): Promise<PreflightProblem | undefined> {
  const url = new URL(config.DATABASE_URL);
  if (!url.pathname || url.pathname === '/') url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString(), connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    const where = `${url.hostname}:${url.port || 5432}`;
    return {
      dependency: 'Postgres',
      detail: `not reachable at ${where} (${(error as Error).message})`,
      hint: 'start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start (install: apt-get install -y postgresql), or: docker compose up -d postgres',
    };
  } finally {
    await client.end().catch(() => undefined);
  }
}
