import { eventually } from '@chargemesh/platform-testing';
import { ADMIN_TOKEN, TariffCdrHarness } from './__fixtures__/tariff-cdr-harness.fixture';
import { CPO, EMSP, energyTariff, OTHER_CPO, OTHER_EMSP } from './__fixtures__/ocpi-objects.fixture';

const { country_code: _cc, party_id: _pid, last_updated: _lu, ...tariffBody } = energyTariff();

/** Tariffs of hosted CPOs: the admin API, the pushes to connected eMSPs, and the paginated Sender list. */
describe('tariffs of hosted CPOs', () => {
  let harness: TariffCdrHarness;

  beforeAll(async () => {
    harness = await TariffCdrHarness.start(
      [
        { ...CPO, roles: ['CPO'] },
        { ...OTHER_CPO, roles: ['CPO'] },
        { ...EMSP, roles: ['EMSP'] },
        { ...OTHER_EMSP, roles: ['EMSP'] },
      ],
      { TARIFF_CDR_PAGE_LIMIT: '3' },
    );
    // FR*EMX fails twice before it takes a push.
    let failures = 0;
    harness.router = (request) => (request.to.partyId === 'EMX' && failures++ < 2 ? { httpStatus: 200, statusCode: 3000, statusMessage: 'busy', headers: {} } : { httpStatus: 200, statusCode: 1000, headers: {} });
  });
  afterAll(() => harness.close());

  it('should create a tariff over the admin API with the owner and last_updated set, and push it to every connected eMSP until each takes it', async () => {
    const created = await harness.admin('PUT', '/admin/tariffs/nl/cpa/T-ENERGY', tariffBody);
    expect(created).toMatchObject({ status: 200, body: { countryCode: 'NL', partyId: 'CPA', tariffId: 'T-ENERGY', tariff: { ...tariffBody, country_code: 'NL', party_id: 'CPA' } } });
    const pushes = await eventually(async () => {
      const view = await harness.admin('GET', '/admin/tariffs/NL/CPA/T-ENERGY');
      return view.body.pushes.length === 2 && view.body.pushes.every((push: { state: string }) => push.state === 'delivered') ? view.body.pushes : undefined;
    }, 10_000, 'the tariff to reach both eMSPs');
    expect(pushes.map((push: { receiver: string }) => push.receiver)).toEqual(['DE*MSP', 'FR*EMX']);
    const sent = harness.sent.filter((request) => request.module === 'tariffs');
    expect(sent.filter((request) => request.to.partyId === 'EMX')).toHaveLength(3);
    expect(sent.filter((request) => request.to.partyId === 'MSP')).toHaveLength(1);
    expect(sent[0]).toMatchObject({ interface: 'RECEIVER', method: 'PUT', path: ['NL', 'CPA', 'T-ENERGY'], from: CPO, body: created.body.tariff });
    // A CPO never pushes to itself, nor does another CPO's tariff list change.
    expect(sent.some((request) => request.to.partyId === 'CPA' || request.to.partyId === 'CPB')).toBe(false);
  });

  it('should not push or change anything when the same tariff is put again, and push a DELETE when it is withdrawn', async () => {
    const before = await harness.admin('GET', '/admin/tariffs/NL/CPA/T-ENERGY');
    expect((await harness.admin('PUT', '/admin/tariffs/NL/CPA/T-ENERGY', tariffBody)).body.tariff.last_updated).toBe(before.body.tariff.last_updated);
    await harness.admin('PUT', '/admin/tariffs/NL/CPA/T-GONE', { ...tariffBody, id: 'T-GONE' });
    await eventually(() => harness.sent.filter((request) => request.path[2] === 'T-GONE').length === 2, 10_000, 'T-GONE to be pushed');
    expect(await harness.admin('DELETE', '/admin/tariffs/NL/CPA/T-GONE')).toMatchObject({ status: 200, body: { removed: true } });
    await eventually(() => harness.sent.filter((request) => request.path[2] === 'T-GONE' && request.method === 'DELETE').length === 2, 10_000, 'the DELETE of T-GONE');
    expect(harness.sent.filter((request) => request.path[2] === 'T-ENERGY')).toHaveLength(4);
    expect(await harness.admin('GET', '/admin/tariffs/NL/CPA/T-GONE')).toMatchObject({ status: 404, body: { code: 'TARIFF.NOT_FOUND' } });
  });

  it('should refuse bad tariffs, parties that are not hosted CPOs and callers without the admin token', async () => {
    const invalid = await harness.admin('PUT', '/admin/tariffs/NL/CPA/T-BAD', { ...tariffBody, id: 'T-BAD', currency: 'euro' });
    expect(invalid).toMatchObject({ status: 400, body: { code: 'OCPI_MODULE.INVALID_OBJECT', message: expect.stringContaining('currency') } });
    expect(await harness.admin('PUT', '/admin/tariffs/NL/CPA/T-X', { ...tariffBody, id: 'T-Y' })).toMatchObject({ status: 400 });
    expect(await harness.admin('PUT', '/admin/tariffs/DE/MSP/T-1', { ...tariffBody, id: 'T-1' })).toMatchObject({ status: 404, body: { code: 'TARIFF.NOT_FOUND_HOSTED_CPO' } });
    expect(await harness.admin('PUT', '/admin/tariffs/XX/YYY/T-1', { ...tariffBody, id: 'T-1' })).toMatchObject({ status: 404, body: { code: 'TARIFF.NOT_FOUND_HOSTED_CPO' } });
    const anonymous = await fetch(`${harness.service.url}/admin/tariffs/NL/CPA`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}x` } });
    expect(anonymous.status).toBe(401);
    expect(await harness.admin('GET', '/admin/tariffs/NL/CPA/T-BAD')).toMatchObject({ status: 404 });
  });

  describe('Sender GET list', () => {
    let all: { id: string; last_updated: string }[];
    const list = (query: Record<string, string>, from = EMSP) => harness.ocpi('tariffs', { interface: 'SENDER', method: 'GET', path: [], query, from, to: CPO });
    const ids = (reply: { data?: unknown }) => (reply.data as { id: string }[]).map((tariff) => tariff.id);
    const queryOfLink = (link: string) => Object.fromEntries(new URL(/^<([^>]+)>/.exec(link)![1]).searchParams);

    beforeAll(async () => {
      for (const id of ['T-A', 'T-B', 'T-C', 'T-D']) await harness.admin('PUT', `/admin/tariffs/NL/CPA/${id}`, { ...tariffBody, id });
      await harness.admin('PUT', '/admin/tariffs/NL/CPB/T-OTHER', { ...tariffBody, id: 'T-OTHER' });
      const views = (await harness.admin('GET', '/admin/tariffs/NL/CPA')).body as { tariff: { id: string; last_updated: string } }[];
      all = views.map((view) => view.tariff).sort((left, right) => (left.last_updated === right.last_updated ? (left.id < right.id ? -1 : 1) : left.last_updated < right.last_updated ? -1 : 1));
      expect(all.map((tariff) => tariff.id).sort()).toEqual(['T-A', 'T-B', 'T-C', 'T-D', 'T-ENERGY']);
    });

    it('should page in last_updated order with X-Total-Count, X-Limit and a Link that carries the filters, to the last page', async () => {
      const first = await list({ limit: '2' });
      expect(ids(first)).toEqual(all.slice(0, 2).map((tariff) => tariff.id));
      expect(first.headers).toMatchObject({ 'X-Total-Count': '5', 'X-Limit': '3' });
      const link = first.headers.Link;
      expect(link).toMatch(/^<https:\/\/ocpi\.example\.com\/ocpi\/2\.2\.1\/sender\/tariffs\?limit=2&offset=2&cursor=[\w-]+>; rel="next"$/);
      const second = await list(queryOfLink(link));
      expect(ids(second)).toEqual(all.slice(2, 4).map((tariff) => tariff.id));
      const last = await list(queryOfLink(second.headers.Link));
      expect(ids(last)).toEqual([all[4].id]);
      expect(last.headers).not.toHaveProperty('Link');
      expect(last.headers['X-Total-Count']).toBe('5');
    });

    it('should cap the limit at X-Limit, give an empty last page beyond the end, and serve a plain offset without a cursor', async () => {
      const capped = await list({ limit: '50' });
      expect(ids(capped)).toHaveLength(3);
      expect(capped.headers).toMatchObject({ 'X-Limit': '3', 'X-Total-Count': '5' });
      expect(queryOfLink(capped.headers.Link)).toMatchObject({ offset: '3', limit: '3' });
      const beyond = await list({ offset: '10' });
      expect(beyond).toMatchObject({ statusCode: 1000, data: [], headers: { 'X-Total-Count': '5', 'X-Limit': '3' } });
      expect(beyond.headers).not.toHaveProperty('Link');
      expect(ids(await list({ offset: '3' }))).toEqual(all.slice(3).map((tariff) => tariff.id));
      // A cursor that does not belong to the offset asked for is ignored: the offset wins.
      const cursor = queryOfLink((await list({ limit: '2' })).headers.Link).cursor;
      expect(ids(await list({ offset: '1', limit: '2', cursor }))).toEqual(all.slice(1, 3).map((tariff) => tariff.id));
    });

    it('should take date_from inclusive and date_to exclusive', async () => {
      const dateFrom = all[1].last_updated;
      const dateTo = all[3].last_updated;
      const expected = all.filter((tariff) => tariff.last_updated >= dateFrom && tariff.last_updated < dateTo).map((tariff) => tariff.id);
      const page = await list({ date_from: dateFrom, date_to: dateTo });
      expect(ids(page)).toEqual(expected);
      expect(expected).toContain(all[1].id);
      expect(expected).not.toContain(all[3].id);
      expect(page.headers['X-Total-Count']).toBe(String(expected.length));
    });

    it('should answer bad paging parameters with 2001 and show another CPO only its own tariffs', async () => {
      expect(await list({ limit: '0' })).toMatchObject({ statusCode: 2001, statusMessage: expect.stringContaining('limit') });
      expect(await list({ date_from: 'yesterday' })).toMatchObject({ statusCode: 2001, statusMessage: expect.stringContaining('date_from') });
      const other = await harness.ocpi('tariffs', { interface: 'SENDER', method: 'GET', path: [], query: {}, from: EMSP, to: OTHER_CPO });
      expect(ids(other)).toEqual(['T-OTHER']);
    });
  });
});
