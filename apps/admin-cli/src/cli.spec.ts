import { runCli } from './cli';

const env = { ADMIN_TOKEN: 'cli-admin-token-0123456789abcdef', CHARGEMESH_DIRECTORY_URL: 'http://directory.test', CHARGEMESH_CREDENTIALS_URL: 'http://credentials.test/' };

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (text: string) => out.push(text), err: (text: string) => err.push(text) }, out, err };
}

/** A fetch that records the request and answers with `status` and `body`. */
function fakeFetch(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit }[] = [];
  const impl = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;
  return { impl, calls };
}

describe('the admin CLI', () => {
  it('should send add-party to the directory with the admin token and each role with its name', async () => {
    const { io, out } = capture();
    const fetch = fakeFetch(201, { countryCode: 'NL', partyId: 'CMX' });
    expect(await runCli(['add-party', 'NL', 'CMX', 'cpo:ChargeMesh CPO', 'EMSP'], env, io, fetch.impl)).toBe(0);
    expect(fetch.calls[0].url).toBe('http://directory.test/admin/parties');
    expect(fetch.calls[0].init).toMatchObject({ method: 'POST', headers: { authorization: `Bearer ${env.ADMIN_TOKEN}` } });
    expect(JSON.parse(fetch.calls[0].init.body as string)).toEqual({
      countryCode: 'NL',
      partyId: 'CMX',
      roles: [{ role: 'CPO', businessDetails: { name: 'ChargeMesh CPO' } }, { role: 'EMSP', businessDetails: { name: 'NL*CMX' } }],
    });
    expect(JSON.parse(out[0])).toEqual({ countryCode: 'NL', partyId: 'CMX' });
  });

  it('should send register and suspend to the credentials service', async () => {
    const fetch = fakeFetch(201, {});
    await runCli(['register', 'https://partner.example.com/ocpi/versions', 'token-a', '--name', 'Partner'], env, capture().io, fetch.impl);
    expect(fetch.calls[0].url).toBe('http://credentials.test/admin/partners/register');
    expect(JSON.parse(fetch.calls[0].init.body as string)).toEqual({ versionsUrl: 'https://partner.example.com/ocpi/versions', token: 'token-a', name: 'Partner' });
    await runCli(['suspend', 'p/1'], env, capture().io, fetch.impl);
    expect(fetch.calls[1]).toMatchObject({ url: 'http://credentials.test/admin/partners/p%2F1/suspend', init: { method: 'POST' } });
    await runCli(['issue-token-a', '--name', 'P3', '--plan', 'NL:ABC:cpo,NL:ABC:EMSP'], env, capture().io, fetch.impl);
    expect(JSON.parse(fetch.calls[2].init.body as string)).toEqual({ name: 'P3', plannedRoles: [{ countryCode: 'NL', partyId: 'ABC', role: 'CPO' }, { countryCode: 'NL', partyId: 'ABC', role: 'EMSP' }] });
  });

  it('should exit 1 with the service error code when the service refuses', async () => {
    const { io, err } = capture();
    expect(await runCli(['partner', 'x'], env, io, fakeFetch(400, { code: 'REQUEST.INVALID', message: 'invalid request: platformId: Invalid UUID' }).impl)).toBe(1);
    expect(err[0]).toContain('HTTP 400 REQUEST.INVALID');
  });

  it('should exit 2 with the usage for an unknown command, a wrong number of arguments or a bad role', async () => {
    for (const argv of [['frobnicate'], ['register', 'only-one'], ['add-party', 'NL', 'CMX', 'KING'], ['issue-token-a', '--plan', 'NL-ABC'], ['parties', '--name']]) {
      const { io, err } = capture();
      expect(await runCli(argv, env, io, fakeFetch(200, {}).impl)).toBe(2);
      expect(err[0]).toContain('usage:');
    }
  });

  it('should exit 2 naming ADMIN_TOKEN when it is missing, without calling anything', async () => {
    const { io, err } = capture();
    const fetch = fakeFetch(200, []);
    expect(await runCli(['parties'], {}, io, fetch.impl)).toBe(2);
    expect(err[0]).toContain('ADMIN_TOKEN');
    expect(fetch.calls).toEqual([]);
  });
});
