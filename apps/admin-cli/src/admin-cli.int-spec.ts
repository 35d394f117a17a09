import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { credentialsService } from '@chargemesh/credentials-service';
import { directoryService } from '@chargemesh/directory-service';
import { hubRouterService } from '@chargemesh/hub-router-service';
import { type StartedService, startService } from '@chargemesh/platform-runtime';
import { eventually, freePort, removeNamespace, TEST_DATABASE_URL, TEST_NATS_URL, testLogger, testNamespace } from '@chargemesh/platform-testing';
import { runCli } from './cli';

const ADMIN_TOKEN = 'cli-e2e-admin-token-0123456789abcdef';

interface Instance {
  namespace: string;
  env: NodeJS.ProcessEnv;
  services: StartedService[];
}

/** Directory, credentials and hub-router of one namespace; `env` is what the CLI needs to reach them. */
async function startInstance(): Promise<Instance> {
  const namespace = testNamespace();
  const hubPort = await freePort();
  const env = {
    NODE_ENV: 'test',
    CHARGEMESH_NAMESPACE: namespace,
    NATS_URL: TEST_NATS_URL,
    DATABASE_URL: TEST_DATABASE_URL,
    ADMIN_TOKEN,
    LOG_LEVEL: 'silent',
    OCPI_BASE_URL: `http://127.0.0.1:${hubPort}`,
    CREDENTIALS_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    DIRECTORY_ROUTING_REFRESH_MS: '100',
    CREDENTIALS_OUTBOX_POLL_MS: '200',
  };
  const directory = await startService(directoryService, env, testLogger(), { port: 0, host: '127.0.0.1' });
  const credentials = await startService(credentialsService, env, testLogger(), { port: 0, host: '127.0.0.1' });
  const hubRouter = await startService(hubRouterService, env, testLogger(), { port: hubPort, host: '127.0.0.1' });
  return { namespace, services: [hubRouter, credentials, directory], env: { ADMIN_TOKEN, CHARGEMESH_DIRECTORY_URL: directory.url, CHARGEMESH_CREDENTIALS_URL: credentials.url } };
}

/** Runs the CLI in-process against an instance; the parsed JSON answer, or a failure with stderr. */
async function cli(instance: Instance, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, instance.env, { out: (text) => out.push(text), err: (text) => err.push(text) });
  if (code !== 0) throw Object.assign(new Error(err.join('\n')), { code });
  return JSON.parse(out.join('\n'));
}

function run(main: string, argv: string[], env: NodeJS.ProcessEnv): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [main, ...argv], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ status: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('the admin CLI against two running instances', () => {
  let cpo: Instance;
  let emsp: Instance;

  beforeAll(async () => {
    [cpo, emsp] = await Promise.all([startInstance(), startInstance()]);
  });
  afterAll(async () => {
    for (const instance of [cpo, emsp]) {
      if (!instance) continue;
      for (const service of instance.services) await service.app.close();
      await removeNamespace(instance.namespace);
    }
  });

  it('should add parties, issue token A, register, list platforms, parties and routes, pin a route and suspend a partner', async () => {
    expect(await cli(cpo, 'add-party', 'NL', 'CPO', 'CPO:Charge NL')).toMatchObject({ countryCode: 'NL', partyId: 'CPO' });
    await cli(emsp, 'add-party', 'DE', 'EMS', 'EMSP:Drive DE', 'CPO');
    expect(await cli(cpo, 'parties')).toHaveLength(1);

    const issued = await cli(emsp, 'issue-token-a', '--name', 'Charge NL');
    expect(issued).toMatchObject({ platformId: expect.any(String), token: expect.any(String), versionsUrl: expect.stringMatching(/\/ocpi\/versions$/) });
    const registered = await cli(cpo, 'register', issued.versionsUrl, issued.token, '--name', 'Drive DE');
    expect(registered).toMatchObject({ name: 'Drive DE', status: 'REGISTERED', direction: 'OUTBOUND' });
    expect((await cli(emsp, 'partners'))[0]).toMatchObject({ platformId: issued.platformId, name: 'Charge NL', status: 'REGISTERED', direction: 'INBOUND' });

    const platforms = await eventually(async () => {
      const list = await cli(cpo, 'platforms');
      return list.length ? list : undefined;
    });
    expect(platforms).toEqual([expect.objectContaining({ platformId: registered.platformId, status: 'REGISTERED', roles: expect.any(Array) })]);
    expect(await cli(cpo, 'routes')).toEqual([expect.objectContaining({ countryCode: 'DE', partyId: 'EMS', roles: ['CPO', 'EMSP'], status: 'CONNECTED' })]);
    expect(await cli(cpo, 'set-route', 'DE', 'EMS', registered.platformId)).toMatchObject({ override: registered.platformId, selected: { reason: 'OVERRIDE' } });
    expect(await cli(cpo, 'clear-route', 'DE', 'EMS')).toMatchObject({ selected: { reason: 'DIRECT' } });

    expect(await cli(emsp, 'suspend', issued.platformId)).toMatchObject({ status: 'SUSPENDED' });
    await expect(cli(emsp, 'suspend', issued.platformId)).rejects.toMatchObject({ code: 1, message: expect.stringContaining('CREDENTIALS.CONFLICT_STATE') });
  });

  it('should run as a built program: npm run build, then node dist/apps/admin-cli/src/main.js', async () => {
    const root = path.resolve(__dirname, '../../..');
    const outDir = path.join(root, 'tmp', `dist-admin-cli-int-spec-${process.pid}`);
    try {
      execFileSync(process.execPath, [path.join(root, 'tools/build.mjs'), '--out', outDir], { cwd: root, stdio: 'ignore' });
      const main = path.join(outDir, 'apps/admin-cli/src/main.js');
      // Not spawnSync: the services answering it run in this very process.
      const listed = await run(main, ['parties'], { ...cpo.env });
      expect({ status: listed.status, stderr: listed.stderr }).toEqual({ status: 0, stderr: '' });
      expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ countryCode: 'NL', partyId: 'CPO' })]);
      const refused = await run(main, ['parties'], { ...cpo.env, ADMIN_TOKEN: 'wrong-token-wrong-token-wrong-token' });
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('ADMIN.UNAUTHORIZED');
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
