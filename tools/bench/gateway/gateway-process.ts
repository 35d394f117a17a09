import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { Client } from 'pg';
import { databaseName, STREAMS } from '@chargemesh/contracts/envelope';
import { STATION_AGGREGATE, StationProvisionedV1 } from '@chargemesh/contracts/station';
import { ConcurrencyConflictError, EventStore } from '@chargemesh/platform-messaging';
import { hashPassword } from '@chargemesh/station-gateway-service';
import { pipelined } from '../bench-support';

export const ADMIN_TOKEN = 'bench-admin-token-0123456789abcdef';
export const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
export const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432';

export async function stopGatewayProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** The real gateway, built app and all, in its own process on `port`; resolves once it reports ready. */
export async function startGatewayProcess(namespace: string, port: number, env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<ChildProcess> {
  const main = path.resolve(__dirname, '../../../apps/station-gateway/src/main.js');
  // BENCH_GATEWAY_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof", profiles the gateway under load.
  const extra = (process.env.BENCH_GATEWAY_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, ...extra, main], {
    env: { ...process.env, CHARGEMESH_NAMESPACE: namespace, STATION_GATEWAY_HTTP_PORT: String(port), NATS_URL, DATABASE_URL, ADMIN_TOKEN, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the gateway exited with ${child.exitCode}`);
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`).then((response) => response.ok, () => false);
    if (ready) return child;
    if (Date.now() > deadline) throw new Error('the gateway did not become ready');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Provisions stations the way the admin API records them (StationProvisioned events and a password
 * row), straight into the stores: through the API each password would cost a full-strength scrypt,
 * which would make a 5,000-station run take minutes before measuring anything. The hash here has a
 * lower cost; the gateway still verifies every connect with it.
 */
export async function provisionStations(nc: NatsConnection, namespace: string, identities: string[], password: string): Promise<void> {
  const store = new EventStore(jetstream(nc), await jetstreamManager(nc), namespace);
  await pipelined(identities.length, 256, (index) =>
    store
      .append(
        { stream: STREAMS.STATION, aggregate: STATION_AGGREGATE, id: identities[index] },
        StationProvisionedV1,
        { stationId: identities[index], party: { countryCode: 'NL', partyId: 'CMX' }, securityProfile: 1, registrationPolicy: 'Accepted' },
        { expectedSeq: 0 },
      )
      .catch((error: unknown) => {
        // Provisioned by an earlier section of the same run.
        if (!(error instanceof ConcurrencyConflictError)) throw error;
      }),
  );
  const hash = await hashPassword(Buffer.from(password), 1024);
  const db = new Client({ connectionString: `${DATABASE_URL}/${databaseName(namespace, 'station-gateway')}` });
  await db.connect();
  try {
    await db.query('INSERT INTO station_credentials (station_id, password_hash) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING', [identities, hash]);
    const deadline = Date.now() + 120_000;
    for (;;) {
      const { rows } = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM stations WHERE station_id = ANY($1)', [identities]);
      if (rows[0].count === identities.length) return;
      if (Date.now() > deadline) throw new Error('the stations projection did not catch up');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await db.end();
  }
}
