import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Client } from 'pg';
import pino from 'pino';
import { commandSubject, streamName } from '@chargemesh/contracts/envelope';
import { OICP_ACTIONS, OICP_SERVICE } from '@chargemesh/contracts/oicp';
import { directoryService } from '@chargemesh/directory-service';
import { oicpPeerService } from '@chargemesh/oicp-peer-service';
import { NatsRequester } from '@chargemesh/platform-messaging';
import { type StartedService, startService } from '@chargemesh/platform-runtime';
import { benchNamespace, machine, pipelined, printTable, rate } from './bench-support';

/**
 * npm run bench:oicp — EVSE status pushed by one CPO instance to K EMP instances through the whole
 * stack: the push-evse-status command over NATS (validation, event append), the deliveries projection
 * into the Postgres queue, the delivery worker (one request in flight per EMP, consecutive updates
 * merged), real HTTP, and each EMP authenticating, validating and recording what it receives.
 * Measured as status updates per second acknowledged by all K EMPs. Baseline in the same run: a plain
 * HTTP POST of the same body per update to K bare node:http servers, one in flight per server.
 */
const UPDATES = Number(process.env.BENCH_OICP_UPDATES ?? 2_000);
const PEERS = Number(process.env.BENCH_OICP_PEERS ?? 3);
const WINDOW = Number(process.env.BENCH_OICP_WINDOW ?? 32);
const EVSES = 100;
const NATS_URL = process.env.NATS_URL ?? 'nats://127.0.0.1:4222';
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432';
const ADMIN_TOKEN = `bench-admin-${randomBytes(12).toString('hex')}`;
const STATUSES = ['Available', 'Occupied', 'Reserved', 'OutOfService'];

const evseId = (n: number) => `DE*BCP*E${n % EVSES}`;
const statusBody = (i: number) => ({ ActionType: 'update', OperatorEvseStatus: { OperatorID: 'DE*BCP', OperatorName: 'Bench CPO', EvseStatusRecord: [{ EvseID: evseId(i), EvseStatus: STATUSES[i % STATUSES.length] }] } });

interface Instance {
  namespace: string;
  directory: StartedService;
  peer: StartedService;
}

async function admin(service: StartedService, path: string, body: unknown): Promise<unknown> {
  const response = await fetch(`${service.url}${path}`, { method: 'POST', headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
  return response.json();
}

async function until(probe: () => Promise<boolean>, what: string, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Baseline: one POST per update to each of K bare servers, one in flight per server. */
async function baseline(): Promise<number> {
  const ack = JSON.stringify({ Result: true, StatusCode: { Code: '000' } });
  const servers: Server[] = [];
  for (let k = 0; k < PEERS; k++) {
    const server = createServer((request, response) => {
      let text = '';
      request.on('data', (chunk) => (text += chunk));
      request.on('end', () => {
        JSON.parse(text);
        response.writeHead(200, { 'content-type': 'application/json' }).end(ack);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
  }
  const started = process.hrtime.bigint();
  await Promise.all(
    servers.map(async (server) => {
      const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/api/oicp/evsepush/v21/operators/DE*BCP/status-records`;
      for (let i = 0; i < UPDATES; i++) {
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(statusBody(i)) });
        await response.json();
      }
    }),
  );
  const result = rate(UPDATES, started);
  for (const server of servers) server.close();
  return result;
}

async function startInstance(prefix: string): Promise<Instance> {
  const namespace = benchNamespace(prefix);
  const env = {
    NODE_ENV: 'development',
    CHARGEMESH_NAMESPACE: namespace,
    NATS_URL,
    DATABASE_URL,
    ADMIN_TOKEN,
    LOG_LEVEL: 'warn',
    OICP_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
  } as NodeJS.ProcessEnv;
  const logger = pino({ level: 'warn' });
  const directory = await startService(directoryService, env, logger, { port: 0, host: '127.0.0.1' });
  const peer = await startService(oicpPeerService, env, logger, { port: 0, host: '127.0.0.1' });
  return { namespace, directory, peer };
}

async function host(instance: Instance, partyId: string, ids: Record<string, string>): Promise<void> {
  await admin(instance.directory, '/admin/parties', { countryCode: 'DE', partyId, roles: [{ role: ids.operatorId ? 'CPO' : 'EMSP', businessDetails: { name: partyId } }] });
  await until(async () => (await fetch(`${instance.directory.url}/admin/parties/DE/${partyId}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).ok, 'the directory');
  await admin(instance.peer, '/admin/oicp/identities', { countryCode: 'DE', partyId, ...ids });
  // The directory is only asked when an identity is configured; closing it keeps Postgres connections for larger K.
  await instance.directory.app.close();
}

async function deliveredRows(db: Client): Promise<number> {
  const { rows } = await db.query<{ count: number }>("SELECT count(*)::int AS count FROM oicp_delivery WHERE state = 'delivered'");
  return rows[0].count;
}

async function outboundRequests(nc: NatsConnection, namespace: string): Promise<number> {
  const info = await (await jetstreamManager(nc)).streams.info(streamName(namespace, 'OICP_AUDIT'), { subjects_filter: '>' });
  return info.state.subjects?.[`${namespace}.audit-oicp.exchange.out`] ?? 0;
}

async function main() {
  const baselineRate = await baseline();

  const cpo = await startInstance('oicp_cpo');
  const emps: Instance[] = [];
  for (let k = 0; k < PEERS; k++) emps.push(await startInstance(`oicp_emp${k}`));
  await host(cpo, 'BCP', { operatorId: 'DE*BCP', operatorName: 'Bench CPO' });
  for (const [k, emp] of emps.entries()) {
    const providerId = `DE-BE${k}`;
    await host(emp, `BE${k}`, { providerId });
    const cpoToken = randomBytes(24).toString('base64url');
    const empToken = randomBytes(24).toString('base64url');
    await admin(cpo.peer, '/admin/oicp/peers', { peerId: `emp-${k}`, baseUrl: emp.peer.url, providerIds: [providerId], inboundToken: empToken, outboundToken: cpoToken });
    await admin(emp.peer, '/admin/oicp/peers', { peerId: 'cpo', baseUrl: cpo.peer.url, operatorIds: ['DE*BCP'], inboundToken: cpoToken, outboundToken: empToken });
  }
  const nc = await connect({ servers: NATS_URL });
  const requester = new NatsRequester(nc, 30_000);
  const subject = commandSubject(cpo.namespace, OICP_SERVICE, OICP_ACTIONS.pushEvseStatus);
  const push = (i: number) => requester.request(subject, { operatorId: 'DE*BCP', actionType: 'update', records: statusBody(i).OperatorEvseStatus.EvseStatusRecord });
  const db = new Client({ connectionString: `${DATABASE_URL}/${cpo.namespace}_oicp_peer` });
  await db.connect();

  // Warm-up: connections, prepared paths and JIT, then the measured run.
  const warmup = 50;
  await pipelined(warmup, 8, push);
  await until(async () => (await deliveredRows(db)) === warmup * PEERS, 'the warm-up deliveries');
  const requestsBefore = await outboundRequests(nc, cpo.namespace);

  const started = process.hrtime.bigint();
  await pipelined(UPDATES, WINDOW, (i) => push(warmup + i));
  const acceptedRate = rate(UPDATES, started);
  await until(async () => (await deliveredRows(db)) === (warmup + UPDATES) * PEERS, 'every status update to be acknowledged by every EMP');
  const deliveredRate = rate(UPDATES, started);
  const last = warmup + UPDATES - 1;
  await Promise.all(
    emps.map((emp) =>
      until(async () => {
        const response = await fetch(`${emp.peer.url}/admin/oicp/emp/evses?operatorId=DE*BCP`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
        const evses = (await response.json()) as { evseId: string; status?: string }[];
        return evses.find((row) => row.evseId === evseId(last))?.status === STATUSES[last % STATUSES.length];
      }, 'each EMP to project the last status'),
    ),
  );
  const projectedRate = rate(UPDATES, started);
  await until(async () => (await outboundRequests(nc, cpo.namespace)) > requestsBefore, 'the audit');
  const requests = (await outboundRequests(nc, cpo.namespace)) - requestsBefore;

  printTable(`bench:oicp — ${UPDATES} status updates to ${PEERS} EMP peers, ${WINDOW} submissions in flight — ${machine()}, nats-server ${nc.info?.version}`, [
    ['baseline: plain HTTP POST per update, 1 in flight per peer', `${Math.round(baselineRate).toLocaleString('en')} updates/s to all ${PEERS}`],
    ['oicp-peer: push-evse-status accepted (NATS → event)', `${Math.round(acceptedRate).toLocaleString('en')} updates/s`],
    ['oicp-peer: acknowledged by all EMP peers', `${Math.round(deliveredRate).toLocaleString('en')} updates/s (${pct(deliveredRate, baselineRate)} of baseline)`],
    ['oicp-peer: projected by all EMP peers', `${Math.round(projectedRate).toLocaleString('en')} updates/s (${pct(projectedRate, baselineRate)} of baseline)`],
    ['HTTP requests the CPO sent (merged updates)', `${requests} for ${UPDATES * PEERS} deliveries (~${(UPDATES * PEERS / Math.max(requests, 1)).toFixed(1)} updates per request)`],
  ]);

  await db.end();
  for (const instance of [cpo, ...emps]) await instance.peer.app.close();
  await cleanup(nc, [cpo, ...emps].map((instance) => instance.namespace));
  await nc.close();
}

async function cleanup(nc: NatsConnection, namespaces: string[]): Promise<void> {
  const jsm = await jetstreamManager(nc);
  for await (const name of jsm.streams.names()) {
    if (namespaces.some((namespace) => name.startsWith(`${namespace.toUpperCase()}_`))) await jsm.streams.delete(name);
  }
  const admin = new Client({ connectionString: `${DATABASE_URL}/postgres` });
  await admin.connect();
  for (const namespace of namespaces) {
    const { rows } = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [`${namespace}\\_%`]);
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  }
  await admin.end();
}

const pct = (value: number, baseline: number) => `${Math.round((value / baseline) * 100)}%`;

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
