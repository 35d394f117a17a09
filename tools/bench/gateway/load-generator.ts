import { BenchStation } from './bench-station';
import { boot, statusJson, transactionEvent, transactionEventJson } from './ocpp-messages';

/**
 * The benchmark's load generator, run as a separate process (forked by gateway.bench.ts) so that
 * it never shares a core's event loop with the server it measures. It talks to its parent over IPC.
 */
export interface LoadPlan {
  mode: 'throughput' | 'idle';
  url: string;
  identities: string[];
  password: string;
  /** Send BootNotification first (the gateway refuses other CALLs before it). */
  boot: boolean;
  /** Idle mode: also send one 2 KB DataTransfer, which the client compresses, so inflate state exists on the server. */
  compressedFrame?: boolean;
  durationMs?: number;
  warmupMs?: number;
  /** Open loop at this many CALL/s in total; closed loop (each station as fast as answers come) when absent. */
  ratePerSecond?: number;
  connectConcurrency?: number;
}

export interface LoadResult {
  stations: number;
  calls: number;
  seconds: number;
  rate: number;
  p50: number;
  p99: number;
  max: number;
  callErrors: number;
  failures: number;
}

const send = (message: unknown) => process.send?.(message);

async function connectAll(plan: LoadPlan): Promise<BenchStation[]> {
  const stations = plan.identities.map((identity) => new BenchStation(plan.url, identity, plan.password));
  let next = 0;
  const worker = async () => {
    while (next < stations.length) {
      const station = stations[next++];
      await station.connect();
      if (plan.boot) await station.call('BootNotification', boot());
    }
  };
  await Promise.all(Array.from({ length: plan.connectConcurrency ?? 50 }, worker));
  return stations;
}

/** Heartbeat 10%, StatusNotification 20%, TransactionEvent with three sampled values 70%: a charging fleet's traffic. */
function nextCall(station: BenchStation, state: Map<BenchStation, { seqNo: number; energy: number }>): [string, string] {
  const dice = Math.random();
  if (dice < 0.1) return ['Heartbeat', '{}'];
  if (dice < 0.3) return ['StatusNotification', statusJson(dice < 0.2 ? 'Occupied' : 'Available')];
  const transaction = state.get(station) as { seqNo: number; energy: number };
  transaction.seqNo++;
  transaction.energy += 92;
  return ['TransactionEvent', transactionEventJson(`TX-${station.identity}`, transaction.seqNo, transaction.energy)];
}

function summarise(latencies: number[], calls: number, seconds: number, stations: number, callErrors: number, failures: number): LoadResult {
  latencies.sort((a, b) => a - b);
  const at = (quantile: number) => Number((latencies[Math.min(latencies.length - 1, Math.floor(quantile * latencies.length))] ?? 0).toFixed(2));
  return { stations, calls, seconds: Number(seconds.toFixed(2)), rate: Math.round(calls / seconds), p50: at(0.5), p99: at(0.99), max: at(1), callErrors, failures };
}

async function throughput(plan: LoadPlan, stations: BenchStation[]): Promise<LoadResult> {
  const state = new Map(stations.map((station) => [station, { seqNo: 0, energy: 0 }]));
  await Promise.all(stations.map((station) => station.call('TransactionEvent', transactionEvent(`TX-${station.identity}`, 'Started', 0, 0))));
  const latencies: number[] = [];
  let measuring = false;
  let running = true;
  let calls = 0;
  let callErrors = 0;
  let failures = 0;
  const record = (latencyMs: number, answer: unknown[]) => {
    if (!measuring) return;
    calls++;
    latencies.push(latencyMs);
    if (answer[0] !== 3) callErrors++;
  };
  const idle: BenchStation[] = [];
  const due: number[] = [];
  const fire = (station: BenchStation, scheduledAt?: number) => {
    const [action, payload] = nextCall(station, state);
    station.callJson(action, payload, scheduledAt).then(
      ({ latencyMs, answer }) => {
        record(latencyMs, answer);
        if (!running) return;
        if (plan.ratePerSecond === undefined) return fire(station);
        const waiting = due.shift();
        if (waiting === undefined) idle.push(station);
        else fire(station, waiting);
      },
      () => {
        failures++;
      },
    );
  };
  let timer: NodeJS.Timeout | undefined;
  const started = performance.now();
  if (plan.ratePerSecond === undefined) {
    stations.forEach((station) => fire(station));
  } else {
    // Open loop: calls are due at a fixed rate; latency counts from when a call was due, so queueing behind a slow server shows.
    const rate = plan.ratePerSecond;
    idle.push(...stations);
    let issued = 0;
    timer = setInterval(() => {
      const target = Math.floor(((performance.now() - started) / 1000) * rate);
      for (; issued < target; issued++) {
        const scheduledAt = started + (issued / rate) * 1000;
        const station = idle.shift();
        if (station) fire(station, scheduledAt);
        else due.push(scheduledAt);
      }
    }, 2);
  }
  await new Promise((resolve) => setTimeout(resolve, plan.warmupMs ?? 2_000));
  measuring = true;
  const measuredFrom = performance.now();
  await new Promise((resolve) => setTimeout(resolve, plan.durationMs ?? 10_000));
  measuring = false;
  const seconds = (performance.now() - measuredFrom) / 1000;
  running = false;
  if (timer) clearInterval(timer);
  return summarise(latencies, calls, seconds, stations.length, callErrors, failures);
}

async function main(plan: LoadPlan): Promise<void> {
  const stations = await connectAll(plan);
  if (plan.mode === 'idle') {
    if (plan.compressedFrame) {
      const data = 'meter-log '.repeat(200);
      await Promise.all(stations.map((station) => station.call('DataTransfer', { vendorId: 'com.chargemesh.bench', data })));
    }
    const deflate = stations.filter((station) => station.ws?.extensions.includes('permessage-deflate')).length;
    send({ type: 'connected', stations: stations.length, deflate });
    await new Promise<void>((resolve) => process.once('message', () => resolve()));
  } else {
    send({ type: 'result', result: await throughput(plan, stations) });
  }
  stations.forEach((station) => station.close());
  setTimeout(() => process.exit(0), 500).unref();
}

process.once('message', (plan: LoadPlan) => {
  main(plan).catch((error: unknown) => {
    send({ type: 'error', message: (error as Error).message });
    process.exit(1);
  });
});
