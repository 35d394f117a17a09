import { streamTexts } from '@chargemesh/credentials-e2e/inspect';
import { eventually } from '@chargemesh/platform-testing';
import { envelope, type FakePlatform, type Received } from './support/fake-platform';
import { routingHeaders, startHubWithFakes } from './support/hub-network';

/**
 * The Hub's own delivery modes (transport_and_format_message_routing): Broadcast Push, GET All
 * and Open Routing, with two fake CPO platforms and two fake eMSP platforms behind a ChargeMesh
 * Hub; and what every routed exchange leaves behind: an audit record and one trace.
 */
describe('the delivery modes of a ChargeMesh Hub', () => {
  let net: Awaited<ReturnType<typeof startHubWithFakes>>;
  const hubUrl = (path: string) => `${net.hub.ocpiBase}/2.2.1${path}`;

  /** A fake CPO that serves `ids` as its paginated location list, at most `cap` per page. */
  const serveLocations = (fake: FakePlatform, partyId: string, ids: string[], cap = 50) =>
    fake.on('/2.2.1/sender/locations', (request: Received) => {
      const offset = Number(request.query.get('offset') ?? 0);
      const limit = Math.min(Number(request.query.get('limit') ?? cap), cap);
      const page = ids.slice(offset, offset + limit).map((id) => ({ country_code: request.headers['ocpi-to-country-code'], party_id: partyId, id, last_updated: '2026-01-01T00:00:00.5Z' }));
      return { body: envelope(page), headers: { 'x-total-count': String(ids.length), 'x-limit': String(cap) } };
    });

  beforeAll(async () => {
    net = await startHubWithFakes();
  });
  afterAll(async () => {
    await net?.stop();
  });

  it('should broadcast a push addressed to the Hub to every eMSP, as the Hub, keeping the owner in the URL, and answer the CPO itself', async () => {
    const raw = '{"country_code":"NL","party_id":"CPA","id":"LOC1","last_updated":"2026-01-01T10:00:00Z"}';
    const answer = await net.cpa.call('PUT', hubUrl('/receiver/locations/NL/CPA/LOC1'), { raw, headers: routingHeaders('NL*CPA', 'NL*HUB') });
    expect(answer).toMatchObject({ status: 200, body: { status_code: 1000 } });
    expect(answer.headers.get('ocpi-from-party-id')).toBe('HUB');
    expect(answer.headers.get('ocpi-to-party-id')).toBe('CPA');

    for (const emsp of [net.emb, net.emc]) {
      const [received] = await eventually(() => {
        const found = emsp.requestsTo('/2.2.1/receiver/locations/NL/CPA/LOC1');
        return found.length > 0 ? found : undefined;
      }, 10_000, `${emsp.name} to receive the broadcast`);
      expect(received.raw).toBe(raw);
      expect(received.headers).toMatchObject({ 'ocpi-from-country-code': 'NL', 'ocpi-from-party-id': 'HUB', 'ocpi-to-party-id': emsp.roles[0].partyId });
    }
    // Never back to the sender, nor to the other CPO (not an opposite role).
    expect(net.cpa.requestsTo('/2.2.1/receiver/locations')).toHaveLength(0);
    expect(net.cpb.requestsTo('/2.2.1/receiver/locations')).toHaveLength(0);
  });

  it('should never broadcast a GET, nor sessions or CDRs', async () => {
    const get = await net.cpa.call('GET', hubUrl('/receiver/locations/NL/CPA/LOC1'), { headers: routingHeaders('NL*CPA', 'NL*HUB') });
    expect(get.body).toMatchObject({ status_code: 2001 });
    const session = await net.cpa.call('PUT', hubUrl('/receiver/sessions/NL/CPA/S1'), { body: { id: 'S1' }, headers: routingHeaders('NL*CPA', 'NL*HUB') });
    expect(session.body).toMatchObject({ status_code: 2001 });
  });

  it('should page a GET All across the CPOs behind the Hub, with its own Link, the summed X-Total-Count and its X-Limit', async () => {
    serveLocations(net.cpa, 'CPA', ['A0', 'A1', 'A2'], 2);
    serveLocations(net.cpb, 'CPB', ['B0', 'B1']);
    const ids: string[] = [];
    let url: string | undefined = hubUrl('/sender/locations?limit=3');
    const totals: string[] = [];
    while (url) {
      const page = await net.emb.call('GET', url, { headers: routingHeaders('DE*EMB', 'NL*HUB') });
      expect(page.body.status_code).toBe(1000);
      expect(page.headers.get('ocpi-from-party-id')).toBe('HUB');
      ids.push(...page.body.data.map((location: { party_id: string; id: string }) => `${location.party_id}:${location.id}`));
      totals.push(`${page.headers.get('x-total-count')}/${page.headers.get('x-limit')}`);
      url = /^<([^>]+)>; rel="next"$/.exec(page.headers.get('link') ?? '')?.[1];
      if (url) expect(url.startsWith(hubUrl('/sender/locations'))).toBe(true);
    }
    // One list in a fixed party order (BE*CPB before NL*CPA), every object once, across CPA's own page cap of 2.
    expect(ids).toEqual(['CPB:B0', 'CPB:B1', 'CPA:A0', 'CPA:A1', 'CPA:A2']);
    expect(new Set(totals)).toEqual(new Set(['5/100']));
    // Each CPO was asked with the requesting eMSP as FROM, so that it answers what that eMSP may see.
    expect(net.cpb.requestsTo('/2.2.1/sender/locations').every((request) => request.headers['ocpi-from-party-id'] === 'EMB')).toBe(true);
  });

  it('should route a CDR without TO to the eMSP of its token, and refuse a command it cannot place', async () => {
    net.emc.on('/2.2.1/receiver/cdrs', () => ({ body: envelope() }));
    const cdr = { id: 'CDR-open', country_code: 'BE', party_id: 'CPB', cdr_token: { country_code: 'FR', party_id: 'EMC', uid: 'T9' } };
    const routed = await net.cpb.call('POST', hubUrl('/receiver/cdrs'), { body: cdr, headers: routingHeaders('BE*CPB') });
    expect(routed.body).toMatchObject({ status_code: 1000 });
    const [received] = net.emc.requestsTo('/2.2.1/receiver/cdrs');
    expect(received.headers).toMatchObject({ 'ocpi-from-party-id': 'CPB', 'ocpi-to-party-id': 'EMC' });
    expect(net.emb.requestsTo('/2.2.1/receiver/cdrs')).toHaveLength(0);

    const command = await net.emb.call('POST', hubUrl('/receiver/commands/STOP_SESSION'), { body: { response_url: 'http://x.example/r', session_id: 'S1' }, headers: routingHeaders('DE*EMB') });
    expect(command.body).toMatchObject({ status_code: 4001 });
  });

  it('should record every routed exchange on the audit stream without any credentials token, and keep one trace across the hops', async () => {
    const traceId = '0af7651916cd43dd8448eb211c80319c';
    net.emb.on('/2.2.1/receiver/tariffs', () => ({ body: envelope() }));
    await net.cpa.call('PUT', hubUrl('/receiver/tariffs/NL/CPA/T1'), { body: { id: 'T1' }, headers: routingHeaders('NL*CPA', 'DE*EMB', { traceparent: `00-${traceId}-b7ad6b7169203331-01`, 'X-Correlation-ID': 'audit-corr' }) });
    const [forwarded] = net.emb.requestsTo('/2.2.1/receiver/tariffs/NL/CPA/T1');
    expect(forwarded.headers.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));

    const records = await eventually(async () => {
      const texts = await streamTexts(net.hub.namespace, 'OCPI_AUDIT');
      const found = texts.map((text) => JSON.parse(text)).filter((record) => record.correlationId === 'audit-corr');
      return found.length > 0 ? { texts, found } : undefined;
    }, 10_000, 'the audit record');
    expect(records.found[0]).toMatchObject({
      scenario: 'direct',
      origin: { kind: 'partner', platformId: net.ids.get(net.cpa) },
      module: 'tariffs',
      interface: 'RECEIVER',
      method: 'PUT',
      route: { kind: 'direct', platformId: net.ids.get(net.emb) },
      httpStatus: 200,
      statusCode: 1000,
      traceId,
      requestHeaders: { 'ocpi-from-party-id': 'CPA', 'x-correlation-id': 'audit-corr' },
    });
    expect(records.found[0].requestHeaders.authorization).toBeUndefined();
    expect(records.found[0].forwardedRequestId).toBe(forwarded.headers['x-request-id']);
    const secrets = [net.cpa, net.cpb, net.emb, net.emc].flatMap((fake) => [fake.theirToken ?? 'unset', fake.tokenC]).flatMap((token) => [token, Buffer.from(token).toString('base64')]);
    for (const text of records.texts) for (const secret of secrets) expect(text).not.toContain(secret);
    expect(records.texts.map((text) => JSON.parse(text).scenario)).toEqual(expect.arrayContaining(['broadcast-push', 'broadcast-leg', 'get-all', 'get-all-leg', 'open-routing']));
  });
});
