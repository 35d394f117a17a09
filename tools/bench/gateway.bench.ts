import 'reflect-metadata';
import { connect } from '@nats-io/transport-node';
import { freePort } from '@chargemesh/platform-testing';
import { benchNamespace, machine, printTable } from './bench-support';
import { frameSection, idleSection, rawPublishRate, storageSection } from './gateway/sections';
import { NATS_URL, startGatewayProcess, stopGatewayProcess } from './gateway/gateway-process';
import { runStorm } from './gateway/storm';

/**
 * npm run bench:gateway — the station gateway under load, next to its baselines in the same run:
 *  (a) N stations sending a fleet's mix, closed loop: a bare ws server (the ceiling), an ocpp-rpc
 *      strict server and the gateway's frame path alone, interleaved over several rounds; then the
 *      real gateway storing every event before it answers, against the raw JetStream async publish
 *      rate measured just before; latency at a fixed 2,000 CALL/s;
 *  (b) idle connections with permessage-deflate: RSS per connection;
 *  (c) a reconnect storm: stations with open transactions drop and come back; lost and duplicated events.
 * Every load generator is a separate process. Only 127.0.0.1. Sections: BENCH_ONLY=frame,storage,latency,idle,storm.
 */
const ONLY = new Set((process.env.BENCH_ONLY ?? 'frame,storage,latency,idle,storm').split(','));
const STORM = Number(process.env.BENCH_STORM ?? 2_000);
const PASSWORD = 'bench-password-0123456789';
/** Node's young generation at 64 MiB instead of 16: fewer scavenges under a high allocation rate (a deployment flag). */
const TUNED = ['--max-semi-space-size=64'];

async function main() {
  console.log(`bench:gateway on ${machine()}`);
  const namespace = benchNamespace('gw');
  const nc = await connect({ servers: NATS_URL });
  const results: [string, string][] = [];
  const figures: Record<string, unknown> = {};
  try {
    if (ONLY.has('frame')) results.push(...(await frameSection(PASSWORD, figures)));
    if (ONLY.has('storage') || ONLY.has('latency') || ONLY.has('idle')) {
      for (const [label, nodeArgs] of [['default flags', []], [TUNED.join(' '), TUNED]] as const) {
        if (label !== 'default flags' && !ONLY.has('storage')) continue;
        const raw = await rawPublishRate(nc, namespace);
        results.push([`raw JetStream async publish (before the ${label} run)`, `${Math.round(raw).toLocaleString('en')} msg/s`]);
        const port = await freePort();
        const gateway = await startGatewayProcess(namespace, port, {}, [...nodeArgs]);
        try {
          const url = `ws://127.0.0.1:${port}/ocpp`;
          if (ONLY.has('storage')) results.push(...(await storageSection(nc, namespace, url, PASSWORD, raw, label, figures)));
          if (label === 'default flags' && ONLY.has('latency')) results.push(...(await storageSection(nc, namespace, url, PASSWORD, raw, label, figures, 'latency')));
          if (label === 'default flags' && ONLY.has('idle')) results.push(...(await idleSection(nc, namespace, url, PASSWORD, gateway.pid as number, figures)));
        } finally {
          await stopGatewayProcess(gateway);
        }
      }
    }
    if (ONLY.has('storm')) {
      const storm = await runStorm(nc, `${namespace}s`, STORM, PASSWORD);
      figures.storm = storm;
      results.push([`reconnect storm, ${STORM.toLocaleString('en')} stations`, storm.summary]);
      printTable('(c) reconnect storm', results.slice(-1));
    }
    printTable('bench:gateway', results);
    console.log(`\nfigures: ${JSON.stringify(figures)}`);
  } finally {
    await nc.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
