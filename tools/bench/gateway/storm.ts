import { fork } from 'node:child_process';
import { jetstream } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { STREAMS, streamName } from '@chargemesh/contracts/envelope';
import { freePort } from '@chargemesh/platform-testing';
import { provisionStations, startGatewayProcess, stopGatewayProcess } from './gateway-process';
import { script } from './processes';
import type { StormPlan, StormReport } from './storm-fleet';

export interface StormResult {
  summary: string;
  stations: number;
  acknowledged: number;
  stored: number;
  lost: number;
  duplicated: number;
  startedNotOnce: number;
  endedNotOnce: number;
  resent: number;
  reconnectedWithinMs: number;
  refusedConnects: number;
}

/** Every transaction event of the namespace, counted per station, transaction, seqNo and type. */
async function storedTransactionEvents(nc: NatsConnection, namespace: string) {
  const js = jetstream(nc);
  const consumer = await js.consumers.get(streamName(namespace, STREAMS.STATION.name), { filter_subjects: `${namespace}.station.station.>` });
  const counts = new Map<string, number>();
  const info = await consumer.info();
  let left = info.num_pending;
  const messages = await consumer.consume();
  for await (const message of messages) {
    const envelope = message.json<{ type: string; aggregateId: string; data: { transactionId?: string; seqNo?: number } }>();
    if (envelope.type.startsWith('Transaction')) {
      const key = `${envelope.aggregateId}|${envelope.data.transactionId}|${envelope.data.seqNo}|${envelope.type}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    if (--left === 0) break;
  }
  await messages.close();
  return counts;
}

/** (c) the reconnect storm, against the real gateway in its own process and namespace. */
export async function runStorm(nc: NatsConnection, namespace: string, stations: number, password: string): Promise<StormResult> {
  const port = await freePort();
  const gateway = await startGatewayProcess(namespace, port);
  try {
    const identities = Array.from({ length: stations }, (_, i) => `STORM-${String(i).padStart(5, '0')}`);
    await provisionStations(nc, namespace, identities, password);
    const plan: StormPlan = { url: `ws://127.0.0.1:${port}/ocpp`, identities, password, intervalMs: 2_000, beforeDropMs: 15_000, windowMs: Number(process.env.BENCH_STORM_WINDOW_MS ?? 30_000), afterReconnect: 3 };
    const fleet = fork(script('storm-fleet'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const report = await new Promise<StormReport>((resolve, reject) => {
      fleet.on('message', (message: { type: string; report?: StormReport; message?: string }) => {
        if (message.type === 'result') resolve(message.report as StormReport);
        if (message.type === 'error') reject(new Error(message.message));
      });
      fleet.send(plan);
    });
    const counts = await storedTransactionEvents(nc, namespace);
    let lost = 0;
    let acknowledged = 0;
    let startedNotOnce = 0;
    let endedNotOnce = 0;
    const seqNoCopies = new Map<string, number>();
    for (const [key, count] of counts) {
      const [station, transaction, seqNo] = key.split('|');
      const id = `${station}|${transaction}|${seqNo}`;
      seqNoCopies.set(id, (seqNoCopies.get(id) ?? 0) + count);
    }
    for (const station of report.stations) {
      for (const seqNo of station.acknowledged) {
        acknowledged++;
        if (!seqNoCopies.has(`${station.identity}|${station.transactionId}|${seqNo}`)) lost++;
      }
      if ((counts.get(`${station.identity}|${station.transactionId}|0|TransactionStarted.v1`) ?? 0) !== 1) startedNotOnce++;
      if ((counts.get(`${station.identity}|${station.transactionId}|${station.endedSeqNo}|TransactionEnded.v1`) ?? 0) !== 1) endedNotOnce++;
    }
    const duplicated = [...seqNoCopies.values()].filter((copies) => copies > 1).length;
    const stored = [...seqNoCopies.values()].reduce((sum, copies) => sum + copies, 0);
    const resent = report.stations.reduce((sum, station) => sum + station.resent, 0);
    return {
      summary: `${acknowledged.toLocaleString('en')} acknowledged, ${stored.toLocaleString('en')} stored: ${lost} lost, ${duplicated} duplicated; ${resent} in-flight events sent again; all back within ${(report.reconnectedWithinMs / 1000).toFixed(1)} s (${report.refusedConnects} connects refused and retried); Started/Ended not exactly once: ${startedNotOnce}/${endedNotOnce}`,
      stations,
      acknowledged,
      stored,
      lost,
      duplicated,
      startedNotOnce,
      endedNotOnce,
      resent,
      reconnectedWithinMs: report.reconnectedWithinMs,
      refusedConnects: report.refusedConnects,
    };
  } finally {
    await stopGatewayProcess(gateway);
  }
}
