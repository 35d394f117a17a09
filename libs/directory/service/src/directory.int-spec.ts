import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { commandSubject, streamName } from '@chargemesh/contracts/envelope';
import { DIRECTORY_ACTIONS } from '@chargemesh/contracts/party';
import { NatsRequester, NoRespondersError, RemoteError } from '@chargemesh/platform-messaging';
import { type StartedService, startService } from '@chargemesh/platform-runtime';
import { connectTestNats, eventually, NatsServerProcess, removeNamespace, TEST_DATABASE_URL, TEST_NATS_URL, testLogger, testNamespace } from '@chargemesh/platform-testing';
import { directoryService } from './directory.service';

const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';
const admin = { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' };
const cpo = (partyId: string, name = 'Charge NL') => ({ countryCode: 'NL', partyId, roles: [{ role: 'CPO', businessDetails: { name } }] });

function env(namespace: string, natsUrl = TEST_NATS_URL): NodeJS.ProcessEnv {
  return { NODE_ENV: 'test', CHARGEMESH_NAMESPACE: namespace, NATS_URL: natsUrl, DATABASE_URL: TEST_DATABASE_URL, ADMIN_TOKEN, LOG_LEVEL: 'silent' };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function post(service: StartedService, path: string, body: unknown, headers: Record<string, string> = admin): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${service.url}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
}
async function get(service: StartedService, path: string, headers: Record<string, string> = admin): Promise<{ status: number; body: Json }> {
  const response = await fetch(`${service.url}${path}`, { headers });
  return { status: response.status, body: await response.json() };
}

describe('directory service: register a party and read it back', () => {
  const namespace = testNamespace();
  let service: StartedService;
  let nc: NatsConnection;
  let requester: NatsRequester;

  beforeAll(async () => {
    service = await startService(directoryService, env(namespace), testLogger(), { port: 0, host: '127.0.0.1' });
    nc = await connectTestNats();
    requester = new NatsRequester(nc);
  });
  afterAll(async () => {
    await service.app.close();
    await nc.close();
    await removeNamespace(namespace);
  });

  it('should register a party over HTTP and serve it back over HTTP and NATS', async () => {
    const created = await post(service, '/admin/parties', cpo('abc'));
    expect(created).toMatchObject({ status: 201, body: { countryCode: 'NL', partyId: 'ABC', roles: [{ role: 'CPO', businessDetails: { name: 'Charge NL' } }] } });
    expect(await get(service, '/admin/parties/nl/abc')).toEqual({ status: 200, body: created.body });
    const overNats = await requester.request(commandSubject(namespace, 'directory', DIRECTORY_ACTIONS.getParty), { countryCode: 'NL', partyId: 'ABC' });
    expect(overNats).toEqual(created.body);
  });

  it('should register over NATS request/reply as well, and append exactly one event per change', async () => {
    await requester.request(commandSubject(namespace, 'directory', DIRECTORY_ACTIONS.registerHostedParty), cpo('NAT', 'Over NATS'));
    const updated = await fetch(`${service.url}/admin/parties/NL/NAT/roles/cpo`, { method: 'PUT', headers: admin, body: JSON.stringify({ businessDetails: { name: 'Renamed' } }) });
    expect(updated.status).toBe(200);
    expect((await get(service, '/admin/parties/NL/NAT')).body.roles).toEqual([{ role: 'CPO', businessDetails: { name: 'Renamed' } }]);
    const jsm = await jetstreamManager(nc);
    const state = (await jsm.streams.info(streamName(namespace, 'PARTY'), { subjects_filter: '>' })).state;
    expect(state.subjects?.[`${namespace}.party.party.NL%2ANAT`]).toBe(2);
  });

  it('should answer a duplicate registration with 409 over HTTP and a coded error over NATS', async () => {
    await post(service, '/admin/parties', cpo('DUP'));
    expect(await post(service, '/admin/parties', cpo('dup'))).toMatchObject({ status: 409, body: { code: 'PARTY.ALREADY_REGISTERED' } });
    await expect(requester.request(commandSubject(namespace, 'directory', DIRECTORY_ACTIONS.registerHostedParty), cpo('DUP'))).rejects.toMatchObject({
      code: 'PARTY.ALREADY_REGISTERED',
    });
  });

  it('should reject bad input with a message that names the problem and store nothing', async () => {
    const bad = await post(service, '/admin/parties', { countryCode: 'NLD', partyId: 'TOOLONG', roles: [] });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('REQUEST.INVALID');
    expect(bad.body.message).toMatch(/countryCode/);
    expect(bad.body.message).toMatch(/partyId/);
    expect(bad.body.message).toMatch(/roles/);
    await expect(requester.request(commandSubject(namespace, 'directory', DIRECTORY_ACTIONS.getParty), { countryCode: 'NL', partyId: 'TOO' })).rejects.toBeInstanceOf(RemoteError);
  });

  it('should refuse the admin API without the admin token and reveal nothing', async () => {
    expect(await get(service, '/admin/parties/NL/ABC', {})).toEqual({ status: 401, body: { code: 'ADMIN.UNAUTHORIZED', message: 'a valid admin token is required' } });
    expect((await get(service, '/admin/parties/NL/ABC', { authorization: 'Bearer wrong-token-wrong-token-wrong' })).status).toBe(401);
  });

  it('should carry the caller trace from the HTTP request into the event it appends', async () => {
    const traceId = '0af7651916cd43dd8448eb211c80319c';
    const headers = { ...admin, traceparent: `00-${traceId}-b7ad6b7169203331-01` };
    expect((await post(service, '/admin/parties', cpo('TRC'), headers)).status).toBe(201);
    const jsm = await jetstreamManager(nc);
    const stored = await jsm.streams.getMessage(streamName(namespace, 'PARTY'), { last_by_subj: `${namespace}.party.party.NL%2ATRC` });
    expect(stored?.json<{ traceparent: string }>().traceparent).toContain(traceId);
    expect(stored?.header.get('traceparent')).toContain(traceId);
  });

  it('should answer 404 for a party that is not hosted here', async () => {
    expect(await get(service, '/admin/parties/DE/XYZ')).toMatchObject({ status: 404, body: { code: 'PARTY.NOT_FOUND' } });
  });

  it('should report ready with NATS, Postgres and the projection', async () => {
    const ready = await get(service, '/health/ready', {});
    expect(ready.status).toBe(200);
    expect(ready.body.info).toMatchObject({ nats: { status: 'up' }, database: { status: 'up' } });
    expect(ready.body.info.projections.projections[0]).toMatchObject({ projection: 'parties', role: 'active' });
  });

  it('should tell a caller that nobody serves a subject, distinctly from a time-out', async () => {
    await expect(requester.request(commandSubject(namespace, 'nobody', 'anything'), {})).rejects.toBeInstanceOf(NoRespondersError);
  });
});

describe('directory service across a NATS server restart', () => {
  const namespace = testNamespace();
  let nats: NatsServerProcess;
  let service: StartedService;

  beforeAll(async () => {
    nats = await NatsServerProcess.start();
    service = await startService(directoryService, env(namespace, nats.url), testLogger(), { port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await service.app.close();
    await nats.dispose();
    await removeNamespace(namespace, TEST_NATS_URL);
  });

  it('should reconnect and lose nothing it accepted before or after the restart', async () => {
    expect((await post(service, '/admin/parties', cpo('BFR'))).status).toBe(201);
    await nats.restart('SIGKILL');
    // While the client reconnects a write may fail with a clear error; it must succeed once NATS is back.
    const after = await eventually(async () => {
      const response = await post(service, '/admin/parties', cpo('AFT'));
      return response.status === 201 || response.status === 409 ? response : undefined;
    }, 20_000, 'a write after the restart');
    expect(after.status).toBe(201);
    const list = await eventually<{ partyId: string }[]>(async () => {
      const { body } = await get(service, '/admin/parties');
      return body.length === 2 ? body : undefined;
    }, 20_000, 'both parties to be readable');
    expect(list.map((party: { partyId: string }) => party.partyId)).toEqual(['AFT', 'BFR']);
    const nc = await connectTestNats(nats.url);
    try {
      const jsm = await jetstreamManager(nc);
      expect((await jsm.streams.info(streamName(namespace, 'PARTY'))).state.messages).toBe(2);
    } finally {
      await nc.close();
    }
  });
});
