import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { pipelined, printTable, rate } from '../bench-support';
import { provisionStations } from './gateway-process';
import type { LoadResult } from './load-generator';
import { holdIdle, rssKib, runLoad, script, startChild, stopChild } from './processes';

const STATIONS = Number(process.env.BENCH_STATIONS ?? 200);
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const IDLE = Number(process.env.BENCH_IDLE ?? 5_000);
const FIXED_RATE = Number(process.env.BENCH_RATE ?? 2_000);

type Row = [string, string];
export const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(5, '0')}`);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const row = (result: LoadResult): string =>
  `${result.rate.toLocaleString('en')} CALL/s, p50 ${result.p50} ms, p99 ${result.p99} ms${result.callErrors + result.failures ? `, ${result.callErrors} CALLERROR, ${result.failures} failed` : ''}`;

async function serverRun(name: string, password: string): Promise<LoadResult> {
  const server = await startChild(script(name), [password]);
  try {
    return await runLoad({ mode: 'throughput', url: `ws://127.0.0.1:${server.port}/ocpp`, identities: ids('CS', STATIONS), password, boot: true, durationMs: DURATION_MS });
  } finally {
    await stopChild(server);
  }
}

/** (a) the frame path next to its baselines, interleaved so that load from elsewhere hits all three alike; medians of the rounds. */
export async function frameSection(password: string, figures: Record<string, unknown>): Promise<Row[]> {
  const runs: Record<'bare' | 'rpc' | 'frame', LoadResult[]> = { bare: [], rpc: [], frame: [] };
  for (let round = 0; round < ROUNDS; round++) {
    runs.bare.push(await serverRun('bare-ws-server', password));
    runs.rpc.push(await serverRun('ocpp-rpc-server', password));
    runs.frame.push(await serverRun('frame-path-server', password));
    console.log(`  round ${round + 1}: bare ${runs.bare[round].rate}, ocpp-rpc ${runs.rpc[round].rate}, frame path ${runs.frame[round].rate} CALL/s`);
  }
  const pick = (results: LoadResult[]) => ({ ...results[0], rate: median(results.map((r) => r.rate)), p50: median(results.map((r) => r.p50)), p99: median(results.map((r) => r.p99)) });
  const bare = pick(runs.bare);
  const rpc = pick(runs.rpc);
  const frame = pick(runs.frame);
  const ratio = median(runs.frame.map((result, round) => result.rate / runs.rpc[round].rate));
  const ofBare = median(runs.frame.map((result, round) => result.rate / runs.bare[round].rate));
  Object.assign(figures, { frameRounds: runs, frameVsRpc: ratio, frameVsBare: ofBare });
  const rows: Row[] = [
    [`bare ws + JSON.parse (ceiling), median of ${ROUNDS}`, row(bare)],
    [`ocpp-rpc strict server, median of ${ROUNDS}`, row(rpc)],
    [`gateway frame path (no storage), median of ${ROUNDS}`, `${row(frame)} (${ratio.toFixed(2)}× ocpp-rpc, ${Math.round(100 * ofBare)}% of bare ws; medians of per-round ratios)`],
  ];
  printTable(`(a) frame path, ${STATIONS} stations, ${DURATION_MS / 1000} s per run`, rows);
  return rows;
}

/** Raw JetStream async publish of enveloped-event-sized messages, 256 in flight: the storage ceiling of this machine right now. */
export async function rawPublishRate(nc: NatsConnection, namespace: string): Promise<number> {
  const jsm = await jetstreamManager(nc);
  const js = jetstream(nc);
  const stream = `${namespace.toUpperCase()}_RAW`;
  await jsm.streams.add({ name: stream, subjects: [`${namespace}.raw.>`] });
  const at = new Date().toISOString();
  const sample = { value: 1234, measurand: 'Energy.Active.Import.Register', unit: 'Wh', multiplier: 0 };
  const data = { stationId: 'CS-00001', transactionId: 'TX-CS-00001', ocppVersion: '2.0.1', offline: false, seqNo: 42, meterValues: [{ timestamp: at, sampledValues: [sample, sample, sample] }], evseId: 1, connectorId: 1, timestamp: at, triggerReason: 'MeterValuePeriodic' };
  const payload = new TextEncoder().encode(JSON.stringify({ id: '0195f4c3-8c1a-7000-8000-000000000000', type: 'TransactionUpdated.v1', version: 1, occurredAt: at, aggregateId: 'CS-00001', correlationId: '0195f4c3-8c1a-7000-8000-000000000000', data }));
  const count = 30_000;
  const started = process.hrtime.bigint();
  await pipelined(count, 256, (i) => js.publish(`${namespace}.raw.${i % 1000}`, payload));
  const measured = rate(count, started);
  await jsm.streams.delete(stream);
  return measured;
}

/** (a) the real gateway storing every event before it answers: closed loop, or a fixed offered rate for latency. */
export async function storageSection(nc: NatsConnection, namespace: string, url: string, password: string, raw: number, label: string, figures: Record<string, unknown>, kind: 'throughput' | 'latency' = 'throughput'): Promise<Row[]> {
  if (kind === 'latency') {
    const identities = ids('LAT', Math.max(STATIONS, 500));
    await provisionStations(nc, namespace, identities, password);
    const fixed = await runLoad({ mode: 'throughput', url, identities, password, boot: true, durationMs: DURATION_MS, ratePerSecond: FIXED_RATE });
    figures.fixedRate = fixed;
    const rows: Row[] = [[`gateway with storage, ${FIXED_RATE.toLocaleString('en')} CALL/s offered by ${identities.length} stations`, row(fixed)]];
    printTable('(a) latency at a fixed rate', rows);
    return rows;
  }
  const identities = ids('CS', STATIONS);
  await provisionStations(nc, namespace, identities, password);
  const stored = await runLoad({ mode: 'throughput', url, identities, password, boot: true, durationMs: DURATION_MS });
  (figures.stored ??= {}) as Record<string, unknown>;
  (figures.stored as Record<string, unknown>)[label] = { ...stored, rawPublish: raw };
  const rows: Row[] = [[`gateway, events stored before each answer (${label})`, `${row(stored)} (${Math.round((100 * stored.rate) / raw)}% of raw publish)`]];
  printTable('(a) with storage', rows);
  return rows;
}

/** (b) idle stations: booted only, then after one compressed frame each (inflate state allocated on the server). */
export async function idleSection(nc: NatsConnection, namespace: string, url: string, password: string, pid: number, figures: Record<string, unknown>): Promise<Row[]> {
  const rows: Row[] = [];
  const measured: unknown[] = [];
  for (const compressedFrame of [false, true]) {
    const identities = ids(compressedFrame ? 'IDLEZ' : 'IDLE', IDLE);
    await provisionStations(nc, namespace, identities, password);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const before = rssKib(pid);
    const held = await holdIdle({ mode: 'idle', url, identities, password, boot: true, compressedFrame });
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const after = rssKib(pid);
    await held.release();
    const perConnection = (after - before) / IDLE;
    measured.push({ stations: IDLE, compressedFrame, deflate: held.deflate, before, after, perConnectionKib: perConnection });
    const what = compressedFrame ? 'after one compressed 2 KB frame each' : 'booted';
    rows.push([`${IDLE.toLocaleString('en')} idle stations, ${what}`, `RSS ${Math.round(before / 1024)} → ${Math.round(after / 1024)} MiB: ${perConnection.toFixed(1)} KiB per connection (deflate negotiated by ${held.deflate})`]);
  }
  figures.idle = measured;
  printTable('(b) idle connections', rows);
  return rows;
}
