import { eventually } from '@chargemesh/platform-testing';
import { envelope } from './support/fake-platform';
import { routingHeaders, startHubWithFakes } from './support/hub-network';

/**
 * A ChargeMesh Hub between independent OCPI platforms (fakes written for the tests): requests
 * addressed to a party behind the Hub are forwarded to that party's platform over real HTTP.
 */
describe('routing through a ChargeMesh Hub', () => {
  let net: Awaited<ReturnType<typeof startHubWithFakes>>;
  const hubUrl = (path: string) => `${net.hub.ocpiBase}/2.2.1${path}`;

  beforeAll(async () => {
    net = await startHubWithFakes({ OCPI_OUTBOUND_TIMEOUT_MS: '1500' });
  });
  afterAll(async () => {
    await net?.stop();
  });

  it('should forward a push byte for byte to the party in TO, with a new X-Request-ID, the same X-Correlation-ID and FROM and TO kept, and pass the answer back unchanged', async () => {
    const raw = '{"country_code":"NL","party_id":"CPA","id":"S1",  "kwh": 1.50, "last_updated":"2026-01-01T10:00:00.123456Z"}';
    const answer = '{"status_code":2001,"status_message":"their own words","timestamp":"2026-01-01T10:00:01Z"}';
    net.emb.on('/2.2.1/receiver/sessions', () => ({ status: 200, body: answer }));
    const sent = await net.cpa.call('PUT', hubUrl('/receiver/sessions/NL/CPA/S1'), { raw, headers: routingHeaders('nl*cpa', 'de*emb', { 'X-Request-ID': 'r-1', 'X-Correlation-ID': 'c-1' }) });

    expect(sent.status).toBe(200);
    expect(sent.raw).toBe(answer);
    expect(sent.headers.get('x-request-id')).toBe('r-1');
    expect(sent.headers.get('x-correlation-id')).toBe('c-1');
    const [received] = net.emb.requestsTo('/2.2.1/receiver/sessions/NL/CPA/S1');
    expect(received.raw).toBe(raw);
    expect(received.headers['x-request-id']).not.toBe('r-1');
    expect(received.headers['x-correlation-id']).toBe('c-1');
    expect(received.headers).toMatchObject({ 'ocpi-from-country-code': 'nl', 'ocpi-from-party-id': 'cpa', 'ocpi-to-country-code': 'de', 'ocpi-to-party-id': 'emb' });
    expect(received.headers.authorization).not.toContain(net.cpa.theirToken);
  });

  it('should refuse a FROM that is not a party of the calling platform and forward nothing', async () => {
    const before = net.emb.received.length;
    const spoofed = await net.cpa.call('PUT', hubUrl('/receiver/sessions/BE/CPB/S2'), { body: { id: 'S2' }, headers: routingHeaders('BE*CPB', 'DE*EMB') });
    expect(spoofed).toMatchObject({ status: 200, body: { status_code: 2001 } });
    expect(net.emb.received.length).toBe(before);
  });

  it('should answer 4001 for an unknown receiver, 4002 when the receiver does not answer in time, and 4003 when it cannot be reached', async () => {
    const unknown = await net.cpa.call('GET', hubUrl('/receiver/sessions/NL/CPA/S1'), { headers: routingHeaders('NL*CPA', 'XX*ZZZ') });
    expect(unknown.body).toMatchObject({ status_code: 4001 });
    net.emc.on('/2.2.1/receiver/sessions', () => ({ delayMs: 2_500, body: envelope() }));
    const slow = await net.cpa.call('GET', hubUrl('/receiver/sessions/NL/CPA/S1'), { headers: routingHeaders('NL*CPA', 'FR*EMC') });
    expect(slow.body).toMatchObject({ status_code: 4002 });
    expect(slow.headers.get('ocpi-from-party-id')).toBe('EMC');
    await net.emc.stop();
    const gone = await net.cpa.call('GET', hubUrl('/receiver/sessions/NL/CPA/S1'), { headers: routingHeaders('NL*CPA', 'FR*EMC') });
    expect(gone).toMatchObject({ status: 200, body: { status_code: 4003 } });
  });

  it('should answer 404 for an operation the module does not have and 405 with Allow for a method its interface lacks', async () => {
    const missing = await net.cpa.call('GET', hubUrl('/receiver/sessions/NL/CPA/S1/extra'), { headers: routingHeaders('NL*CPA', 'DE*EMB') });
    expect(missing).toMatchObject({ status: 404, body: { status_code: 2000 } });
    const notAllowed = await net.cpa.call('DELETE', hubUrl('/receiver/sessions/NL/CPA/S1'), { headers: routingHeaders('NL*CPA', 'DE*EMB') });
    expect(notAllowed).toMatchObject({ status: 405, body: { status_code: 2000 } });
    expect(notAllowed.headers.get('allow')).toContain('PUT');
    const notJson = await net.cpa.call('PUT', hubUrl('/receiver/sessions/NL/CPA/S1'), { raw: '{"id":', headers: routingHeaders('NL*CPA', 'DE*EMB') });
    expect(notJson).toMatchObject({ status: 400, body: { status_code: 2001 } });
  });

  it('should rewrite a command response_url to the Hub and carry the CommandResult back to the original URL, for the CPO it was given to only', async () => {
    const responseUrl = `${net.emb.base}/2.2.1/sender/commands/START_SESSION/42`;
    net.cpa.on('/2.2.1/receiver/commands', () => ({ body: envelope({ result: 'ACCEPTED', timeout: 30 }) }));
    const start = { response_url: responseUrl, token: { uid: 'T1', last_updated: '2026-01-01T00:00:00Z' }, location_id: 'LOC1' };
    const command = await net.emb.call('POST', hubUrl('/receiver/commands/START_SESSION'), { body: start, headers: routingHeaders('DE*EMB', 'NL*CPA') });
    expect(command.body).toMatchObject({ status_code: 1000, data: { result: 'ACCEPTED' } });

    const [received] = net.cpa.requestsTo('/2.2.1/receiver/commands/START_SESSION');
    const forwardedUrl: string = received.body.response_url;
    expect(forwardedUrl.startsWith(`${net.hub.ocpiBase}/2.2.1/forwarded/`)).toBe(true);
    expect(received.body).toEqual({ ...start, response_url: forwardedUrl });

    net.emb.on('/2.2.1/sender/commands', () => ({ body: envelope() }));
    const result = await net.cpa.call('POST', forwardedUrl, { body: { result: 'ACCEPTED' }, headers: routingHeaders('NL*CPA', 'DE*EMB') });
    expect(result).toMatchObject({ status: 200, body: { status_code: 1000 } });
    const [callback] = net.emb.requestsTo('/2.2.1/sender/commands/START_SESSION/42');
    expect(callback).toMatchObject({ method: 'POST', body: { result: 'ACCEPTED' }, headers: { 'ocpi-from-party-id': 'CPA', 'ocpi-to-party-id': 'EMB' } });

    expect((await net.cpb.call('POST', forwardedUrl, { body: { result: 'ACCEPTED' }, headers: routingHeaders('BE*CPB', 'DE*EMB') })).status).toBe(404);
    expect((await net.cpa.call('GET', forwardedUrl, { headers: routingHeaders('NL*CPA', 'DE*EMB') })).status).toBe(405);
  });

  it('should rewrite a response_url given in the query (GET ActiveChargingProfile) and carry the result back', async () => {
    const responseUrl = `${net.emb.base}/2.2.1/sender/chargingprofiles/active/77`;
    net.cpa.on('/2.2.1/receiver/chargingprofiles', () => ({ body: envelope({ result: 'ACCEPTED', timeout: 30 }) }));
    const asked = await net.emb.call('GET', hubUrl(`/receiver/chargingprofiles/SES-9?duration=900&response_url=${encodeURIComponent(responseUrl)}`), { headers: routingHeaders('DE*EMB', 'NL*CPA') });
    expect(asked.body).toMatchObject({ status_code: 1000, data: { result: 'ACCEPTED' } });
    const [received] = net.cpa.requestsTo('/2.2.1/receiver/chargingprofiles/SES-9');
    expect(received.query.get('duration')).toBe('900');
    const forwardedUrl = received.query.get('response_url') ?? '';
    expect(forwardedUrl.startsWith(`${net.hub.ocpiBase}/2.2.1/forwarded/`)).toBe(true);

    net.emb.on('/2.2.1/sender/chargingprofiles', () => ({ body: envelope() }));
    const result = { result: 'ACCEPTED', profile: { start_date_time: '2026-01-01T00:00:00Z', charging_profile: { charging_rate_unit: 'W' } } };
    expect((await net.cpa.call('POST', forwardedUrl, { body: result, headers: routingHeaders('NL*CPA', 'DE*EMB') })).body).toMatchObject({ status_code: 1000 });
    expect(net.emb.requestsTo('/2.2.1/sender/chargingprofiles/active/77')[0]?.body).toEqual(result);
  });

  it('should rewrite the pagination Link so that the eMSP can crawl the CPO through the Hub', async () => {
    const locations = ['L0', 'L1', 'L2'].map((id) => ({ country_code: 'NL', party_id: 'CPA', id, last_updated: '2026-01-01T00:00:00Z' }));
    net.cpa.on('/2.2.1/sender/locations', (request) => {
      const offset = Number(request.query.get('offset') ?? 0);
      const next: Record<string, string> = offset + 2 < locations.length ? { link: `<${net.cpa.base}/2.2.1/sender/locations?offset=${offset + 2}&limit=2>; rel="next"` } : {};
      return { body: envelope(locations.slice(offset, offset + 2)), headers: { 'x-total-count': '3', 'x-limit': '2', ...next } };
    });
    const first = await net.emb.call('GET', hubUrl('/sender/locations?limit=2'), { headers: routingHeaders('DE*EMB', 'NL*CPA') });
    expect(first.body.data.map((location: { id: string }) => location.id)).toEqual(['L0', 'L1']);
    expect(first.headers.get('x-total-count')).toBe('3');
    const next = /^<([^>]+)>; rel="next"$/.exec(first.headers.get('link') ?? '')?.[1] ?? '';
    expect(next.startsWith(`${net.hub.ocpiBase}/2.2.1/forwarded/`)).toBe(true);

    const second = await net.emb.call('GET', next, { headers: routingHeaders('DE*EMB', 'NL*CPA') });
    expect(second.body.data.map((location: { id: string }) => location.id)).toEqual(['L2']);
    expect(second.headers.get('link')).toBeNull();
    expect(net.cpa.requestsTo('/2.2.1/sender/locations').at(-1)?.query.get('offset')).toBe('2');
  });

  it('should rewrite the Location of a stored CDR so that the CPO can read it back through the Hub', async () => {
    net.emb.on('/2.2.1/receiver/cdrs', (request) =>
      request.method === 'POST' ? { body: envelope(), headers: { location: `${net.emb.base}/2.2.1/receiver/cdrs/stored-7` } } : { body: envelope({ id: 'CDR7', last_updated: '2026-01-01T00:00:00Z' }) },
    );
    const posted = await net.cpa.call('POST', hubUrl('/receiver/cdrs'), { body: { id: 'CDR7' }, headers: routingHeaders('NL*CPA', 'DE*EMB') });
    const location = posted.headers.get('location') ?? '';
    expect(location.startsWith(`${net.hub.ocpiBase}/2.2.1/forwarded/`)).toBe(true);
    const read = await net.cpa.call('GET', location, { headers: routingHeaders('NL*CPA', 'DE*EMB') });
    expect(read.body).toMatchObject({ status_code: 1000, data: { id: 'CDR7' } });
    expect(net.emb.requestsTo('/2.2.1/receiver/cdrs/stored-7')).toHaveLength(1);
  });

  it('should answer 4003 once the receiving platform is suspended, without calling it', async () => {
    await net.hub.suspend(net.ids.get(net.cpb) ?? '');
    await eventually(async () => {
      const answer = await net.emb.call('GET', hubUrl('/sender/locations'), { headers: routingHeaders('DE*EMB', 'BE*CPB') });
      return answer.body.status_code === 4003;
    }, 10_000, 'the Hub to see BE*CPB suspended');
    const after = net.cpb.received.length;
    expect((await net.emb.call('GET', hubUrl('/sender/locations'), { headers: routingHeaders('DE*EMB', 'BE*CPB') })).body.status_code).toBe(4003);
    expect(net.cpb.received.length).toBe(after);
  });
});
