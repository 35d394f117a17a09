import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { eventually, freePort, removeNamespace, TEST_DATABASE_URL, TEST_NATS_URL, testNamespace } from '@chargemesh/platform-testing';

const root = path.resolve(__dirname, '../../..');
const outDir = path.join(root, 'tmp', `dist-main-int-spec-${process.pid}`);
const main = path.join(outDir, 'apps/chargemesh/src/main.js');
const SERVICES = ['HUB_ROUTER', 'STATION_GATEWAY', 'CREDENTIALS', 'DIRECTORY', 'TARIFF_CDR', 'OICP_PEER'];

function run(env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  let output = '';
  const child = spawn(process.execPath, [main], { env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

describe('npm start: the all-in-one process', () => {
  const namespace = testNamespace();

  beforeAll(() => {
    execFileSync(process.execPath, [path.join(root, 'tools/build.mjs'), '--out', outDir], { cwd: root, stdio: 'ignore' });
  });
  afterAll(async () => {
    rmSync(outDir, { recursive: true, force: true });
    await removeNamespace(namespace);
  });

  it('should start all six services, serve their health probes and stop cleanly on SIGTERM', async () => {
    const ports = Object.fromEntries(await Promise.all(SERVICES.map(async (name) => [`${name}_HTTP_PORT`, String(await freePort())])));
    const process_ = run({ NODE_ENV: 'test', CHARGEMESH_NAMESPACE: namespace, NATS_URL: TEST_NATS_URL, DATABASE_URL: TEST_DATABASE_URL, ...ports });
    try {
      for (const port of Object.values(ports)) {
        await eventually(async () => (await fetch(`http://127.0.0.1:${port}/health/ready`)).status === 200, 30_000, `service on ${port} to be ready`);
        expect((await fetch(`http://127.0.0.1:${port}/health/live`)).status).toBe(200);
      }
      process_.child.kill('SIGTERM');
      expect(await process_.exit).toBe(0);
      expect(process_.output()).toContain('"msg":"shutting down"');
      // Every line is structured JSON.
      for (const line of process_.output().trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
    } finally {
      process_.child.kill('SIGKILL');
    }
  });

  it('should say what is missing and exit non-zero when NATS and Postgres cannot be reached', async () => {
    const closed = await freePort();
    const process_ = run({ NODE_ENV: 'test', CHARGEMESH_NAMESPACE: namespace, NATS_URL: `nats://127.0.0.1:${closed}`, DATABASE_URL: `postgres://postgres@127.0.0.1:${closed}` });
    expect(await process_.exit).toBe(1);
    const output = process_.output();
    expect(output).toContain('ChargeMesh cannot start');
    expect(output).toMatch(/NATS not reachable at nats:\/\/127\.0\.0\.1:\d+/);
    expect(output).toContain('nats-server');
    expect(output).toMatch(/Postgres not reachable at 127\.0\.0\.1:\d+/);
    expect(output).toContain('pg_ctlcluster');
  });

  it('should refuse invalid configuration with every problem named and exit non-zero', async () => {
    const process_ = run({ CHARGEMESH_NAMESPACE: 'Not.Valid', DIRECTORY_HTTP_PORT: 'eighty', ADMIN_TOKEN: 'short' });
    expect(await process_.exit).toBe(1);
    const output = process_.output();
    expect(output).toContain('invalid configuration for directory');
    expect(output).toContain('CHARGEMESH_NAMESPACE');
    expect(output).toContain('DIRECTORY_HTTP_PORT');
    expect(output).toContain('ADMIN_TOKEN');
    expect(output).not.toContain('short');
  });
});
