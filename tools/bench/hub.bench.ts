import 'reflect-metadata';
import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import { machine, printTable } from './bench-support';
import { startBareProxy } from './hub/bare-proxy';
import { removeBenchNamespaces } from './hub/bench-instance';
import { benchLocation, startBenchNetwork } from './hub/bench-network';
import type { LoadPlan, LoadResult } from './hub/load-generator';

/**
 * npm run bench:hub — what a ChargeMesh Hub costs on the path between two platforms. Three
 * instances on this machine (see startBenchNetwork): S, R and the Hub. A load generator in its own
 * process plays S's outgoing HTTP client and sends the same two requests three ways: directly to
 * R, through a bare Node reverse proxy to R, and through the Hub: a Location PUT (NL*CPA → DE*EMB,
 * each one a real update) and a paginated GET of locations (NL*EMA → DE*CPB, 10 of 50, with a Link
 * to follow). The three ways take turns in ROUNDS rounds, so that the machine's drift is shared
 * alike; latency at 1 request in flight, throughput at BENCH_HUB_CONCURRENCY in flight.
 */
const COUNT = Number(process.env.BENCH_HUB_REQUESTS ?? 3_000);
const LATENCY_COUNT = Number(process.env.BENCH_HUB_LATENCY_REQUESTS ?? 1_500);
const CONCURRENCY = Number(process.env.BENCH_HUB_CONCURRENCY ?? 32);
const ROUNDS = 3;
const LOCATIONS = 50;

function measure(generator: ChildProcess, plan: LoadPlan): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    generator.once('message', (message: { ok: boolean; result?: LoadResult; error?: string }) => (message.ok && message.result ? resolve(message.result) : reject(new Error(message.error))));
    generator.send(plan);
  });
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];

async function main() {
  const network = await startBenchNetwork(LOCATIONS);
  const { hub, receiver } = network;
  const proxy = await startBareProxy({ host: '127.0.0.1', port: receiver.hubPort });
  const generator = fork(path.join(__dirname, 'hub', 'load-generator.js'));
  try {
    const routing = (from: string, to: string) => ({ 'ocpi-from-country-code': 'NL', 'ocpi-from-party-id': from, 'ocpi-to-country-code': 'DE', 'ocpi-to-party-id': to, 'x-correlation-id': 'bench' });
    const ways = {
      direct: { base: `http://127.0.0.1:${receiver.hubPort}`, authorization: network.toReceiver },
      'bare proxy': { base: `http://127.0.0.1:${proxy.port}`, authorization: network.toReceiver },
      Hub: { base: `http://127.0.0.1:${hub.hubPort}`, authorization: network.toHub },
    };
    const operations = {
      'Location PUT': (base: string) => ({ method: 'PUT' as const, url: `${base}/ocpi/2.2.1/receiver/locations/NL/CPA/LOC{i}`, headers: routing('CPA', 'EMB'), body: JSON.stringify(benchLocation('LOC{i}', 'NL', 'CPA')) }),
      'paginated GET (10 of 50)': (base: string) => ({ method: 'GET' as const, url: `${base}/ocpi/2.2.1/sender/locations?limit=10`, headers: routing('EMA', 'CPB') }),
    };
    const rows: [string, string][] = [];
    let firstIndex = 0;
    for (const [operation, build] of Object.entries(operations)) {
      const latencies: Record<string, number[]> = {};
      const load: Record<string, { count: number; seconds: number }> = {};
      for (let round = 0; round < ROUNDS; round++) {
        for (const [way, target] of Object.entries(ways)) {
          const plan = build(target.base);
          const headers = { ...plan.headers, authorization: target.authorization };
          const run = async (count: number, concurrency: number) => {
            const result = await measure(generator, { ...plan, headers, firstIndex, count, warmup: round === 0 ? 200 : 20, concurrency });
            firstIndex += 100_000;
            if (result.failures > 0) throw new Error(`${operation} ${way}: ${result.failures} failures, e.g. ${result.sampleFailure}`);
            return result;
          };
          (latencies[way] ??= []).push(...(await run(Math.ceil(LATENCY_COUNT / ROUNDS), 1)).latencies);
          const loaded = await run(Math.ceil(COUNT / ROUNDS), CONCURRENCY);
          load[way] = { count: (load[way]?.count ?? 0) + loaded.count, seconds: (load[way]?.seconds ?? 0) + loaded.seconds };
        }
      }
      const figures = Object.fromEntries(Object.entries(latencies).map(([way, values]) => {
        const sorted = [...values].sort((a, b) => a - b);
        return [way, { p50: quantile(sorted, 0.5), p99: quantile(sorted, 0.99), rate: load[way].count / load[way].seconds }];
      }));
      for (const [way, { p50, p99, rate }] of Object.entries(figures)) {
        const added = way === 'direct' ? '' : `; adds ${(p50 - figures.direct.p50).toFixed(2)} ms p50, ${(p99 - figures.direct.p99).toFixed(2)} ms p99`;
        rows.push([`${operation}, ${way}`, `${Math.round(rate).toLocaleString('en')} req/s; p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms${added}`]);
      }
      rows.push([`${operation}: Hub throughput / bare proxy`, `${Math.round((figures.Hub.rate / figures['bare proxy'].rate) * 100)}%`]);
    }
    printTable(`bench:hub — ${COUNT} requests per way at ${CONCURRENCY} in flight (throughput), ${LATENCY_COUNT} at 1 in flight (latency), ${ROUNDS} interleaved rounds — ${machine()}`, rows);
  } finally {
    generator.kill();
    await proxy.close();
    for (const instance of [hub, network.sender, receiver]) await instance.stop();
    await removeBenchNamespaces([hub, network.sender, receiver].map((instance) => instance.namespace));
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
