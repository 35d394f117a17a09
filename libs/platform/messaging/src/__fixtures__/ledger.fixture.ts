import { jetstream, jetstreamManager, type JetStreamClient, type JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { defineEvent, matchEvent, type StreamDefinition } from '@chargemesh/contracts/envelope';
import { openServiceDataSource } from '@chargemesh/platform-persistence';
import { connectTestNats, TEST_DATABASE_URL, testLogger } from '@chargemesh/platform-testing';
import { EventStore } from '../events/event-store';
import { PermanentProjectionError, type Projection, type ProjectionDb, type ProjectionEvent } from '../projections/projection';
import { ensureStreams } from '../streams/stream-provisioner';

/** A tiny ledger domain used to exercise the backbone: deposits into accounts. */
export const LEDGER_STREAM: StreamDefinition = { name: 'LEDGER', context: 'ledger', kind: 'event-store' };
export const DepositedV1 = defineEvent('Deposited', 1, z.object({ account: z.string(), amount: z.number().int() }));
export const ledgerRef = (account: string) => ({ stream: LEDGER_STREAM, aggregate: 'account', id: account });

export interface LedgerProjectionOptions {
  version?: number;
  /** Called before each event is applied; throw to simulate failures. */
  beforeApply?: (event: ProjectionEvent) => void;
}

/**
 * Balances per account, plus how many times each event was applied, so tests can prove that
 * nothing is ever applied twice.
 */
export function ledgerProjection(options: LedgerProjectionOptions = {}): Projection {
  return {
    name: 'balances',
    version: options.version ?? 1,
    stream: LEDGER_STREAM,
    tables: ['balances', 'applications'],
    async createTables(db: ProjectionDb) {
      await db.query(`CREATE TABLE ${db.table('balances')} (account text PRIMARY KEY, balance bigint NOT NULL, last_seq bigint NOT NULL)`);
      await db.query(`CREATE TABLE ${db.table('applications')} (event_id text PRIMARY KEY, seq bigint NOT NULL, times integer NOT NULL)`);
    },
    async apply(events, db) {
      for (const event of events) {
        options.beforeApply?.(event);
        const deposit = matchEvent(event.envelope, DepositedV1)?.data;
        if (!deposit) continue;
        if (deposit.amount < 0) throw new PermanentProjectionError(`negative deposit ${deposit.amount}`);
        await db.query(
          `INSERT INTO ${db.table('balances')} (account, balance, last_seq) VALUES ($1, $2, $3)
           ON CONFLICT (account) DO UPDATE SET balance = ${db.table('balances')}.balance + EXCLUDED.balance, last_seq = EXCLUDED.last_seq`,
          [deposit.account, deposit.amount, event.seq],
        );
        await db.query(
          `INSERT INTO ${db.table('applications')} (event_id, seq, times) VALUES ($1, $2, 1)
           ON CONFLICT (event_id) DO UPDATE SET times = ${db.table('applications')}.times + 1`,
          [event.envelope.id, event.seq],
        );
      }
    },
  };
}

export interface BackboneFixture {
  namespace: string;
  nc: NatsConnection;
  js: JetStreamClient;
  jsm: JetStreamManager;
  store: EventStore;
  dataSource: DataSource;
  close(): Promise<void>;
}

export async function openBackbone(namespace: string, natsUrl?: string): Promise<BackboneFixture> {
  const nc = await connectTestNats(natsUrl);
  const js = jetstream(nc);
  const jsm = await jetstreamManager(nc);
  await ensureStreams(jsm, [LEDGER_STREAM], { namespace });
  const dataSource = await openServiceDataSource({
    service: 'ledger',
    serverUrl: TEST_DATABASE_URL,
    database: `${namespace}_ledger`,
    createIfMissing: true,
    runMigrations: true,
    poolSize: 10,
    nodeEnv: 'test',
  });
  return {
    namespace,
    nc,
    js,
    jsm,
    store: new EventStore(js, jsm, namespace),
    dataSource,
    async close() {
      await dataSource.destroy();
      await nc.close();
    },
  };
}

export const runnerDeps = (fixture: BackboneFixture) => ({
  js: fixture.js,
  jsm: fixture.jsm,
  dataSource: fixture.dataSource,
  logger: testLogger(),
  namespace: fixture.namespace,
  service: 'ledger',
});
