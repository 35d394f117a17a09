import 'reflect-metadata';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { Client } from 'pg';
import { STREAMS, streamName } from '@chargemesh/contracts/envelope';
import { HostedPartyRegisteredV1, PARTY_AGGREGATE } from '@chargemesh/contracts/party';
import { partiesProjection } from '@chargemesh/directory-service';
import { ensureStreams, EventStore, ProjectionRunner } from '@chargemesh/platform-messaging';
import { openServiceDataSource } from '@chargemesh/platform-persistence';
import pino from 'pino';
import { benchNamespace, machine, pipelined, printTable, rate } from './bench-support';

/**
 * npm run bench:events — through the real stack: EventStore.append (with Nats-Msg-Id and the
 * optimistic-concurrency expectation) into the PARTY stream, then the directory's `parties`
 * projection applying them into Postgres via the ProjectionRunner. Baseline in the same run:
 * raw JetStream async publish of payloads of the same size into a plain stream.
 */
const EVENTS = Number(process.env.BENCH_EVENTS ?? 20_000);
const WINDOW = Number(process.env.BENCH_WINDOW ?? 256);
const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432';

const partyId = (i: number) => i.toString(36).toUpperCase().padStart(3, '0').slice(-3);
const countryCode = (i: number) => String.fromCharCode(65 + Math.floor(i / 46656) % 26) + String.fromCharCode(65 + Math.floor(i / 1_213_056) % 26);

async function main() {
  const namespace = benchNamespace('events');
  const nc = await connect({ servers: NATS_URL });
  const js = jetstream(nc);
  const jsm = await jetstreamManager(nc);
  await ensureStreams(jsm, [STREAMS.PARTY], { namespace });
  const store = new EventStore(js, jsm, namespace);
  const sample = { countryCode: 'NL', partyId: 'ABC', roles: [{ role: 'CPO' as const, businessDetails: { name: 'Benchmark Charging B.V.' } }] };

  // Baseline: raw async publish, same payload size as an enveloped event, no headers, no expectations.
  const rawStream = `${namespace.toUpperCase()}_RAW`;
  await jsm.streams.add({ name: rawStream, subjects: [`${namespace}.raw.>`] });
  const payload = new TextEncoder().encode(JSON.stringify({ id: '0195f4c3-8c1a-7000-8000-000000000000', type: 'HostedPartyRegistered.v1', version: 1, occurredAt: new Date().toISOString(), aggregateId: 'NL*ABC', correlationId: '0195f4c3-8c1a-7000-8000-000000000000', data: sample }));
  let started = process.hrtime.bigint();
  await pipelined(EVENTS, WINDOW, (i) => js.publish(`${namespace}.raw.${i}`, payload));
  const rawRate = rate(EVENTS, started);

  // Through the event store: one new party aggregate per event, expecting it not to exist yet.
  started = process.hrtime.bigint();
  await pipelined(EVENTS, WINDOW, (i) =>
    store.append({ stream: STREAMS.PARTY, aggregate: PARTY_AGGREGATE, id: `${countryCode(i)}*${partyId(i)}` }, HostedPartyRegisteredV1, { ...sample, countryCode: countryCode(i), partyId: partyId(i) }, { expectedSeq: 0 }),
  );
  const appendRate = rate(EVENTS, started);
  const lastSeq = (await jsm.streams.info(streamName(namespace, STREAMS.PARTY.name))).state.last_seq;

  // The projection replays the whole backlog into Postgres.
  const database = `${namespace}_directory`;
  const dataSource = await openServiceDataSource({ service: 'bench', serverUrl: DATABASE_URL, database, createIfMissing: true, runMigrations: true, poolSize: 4, nodeEnv: 'development' });
  const runner = new ProjectionRunner(partiesProjection, { js, jsm, dataSource, logger: pino({ level: 'warn' }), namespace, service: 'directory' });
  started = process.hrtime.bigint();
  runner.start();
  await runner.waitFor(lastSeq, 600_000);
  const applyRate = rate(EVENTS, started);
  const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM parties');
  await runner.stop();
  await dataSource.destroy();

  printTable(`bench:events — ${EVENTS} events, ${WINDOW} in flight — ${machine()}, nats-server ${nc.info?.version}`, [
    ['baseline: raw JetStream async publish', `${Math.round(rawRate).toLocaleString('en')} msg/s`],
    ['EventStore.append (dedupe + expectation)', `${Math.round(appendRate).toLocaleString('en')} events/s (${pct(appendRate, rawRate)} of baseline)`],
    ['projection applies (parties → Postgres)', `${Math.round(applyRate).toLocaleString('en')} events/s (${pct(applyRate, rawRate)} of baseline)`],
    ['rows in the projection', `${count} of ${EVENTS}`],
  ]);

  for (const name of [rawStream, streamName(namespace, STREAMS.PARTY.name)]) await jsm.streams.delete(name);
  await nc.close();
  const admin = new Client({ connectionString: `${DATABASE_URL}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.end();
  if (count !== EVENTS) process.exitCode = 1;
}

const pct = (value: number, baseline: number) => `${Math.round((value / baseline) * 100)}%`;

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
