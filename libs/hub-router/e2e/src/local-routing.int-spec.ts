import type { Msg, NatsConnection } from '@nats-io/transport-node';
import { callOcpiUrlSubject, type HandleOcpiModuleRequest, ocpiModuleHandlerSubject, sendOcpiSubject } from '@chargemesh/contracts/ocpi';
import { ChargeMeshInstance } from '@chargemesh/credentials-e2e/chargemesh-instance';
import { NatsRequester, NatsResponder } from '@chargemesh/platform-messaging';
import { connectTestNats, testLogger } from '@chargemesh/platform-testing';
import { envelope, FakePlatform } from './support/fake-platform';
import { connectFakes, CPO_INTERFACES, EMSP_INTERFACES, routingHeaders } from './support/hub-network';

/**
 * A platform (not a Hub) hosting a CPO, linked directly to an independent eMSP platform and an
 * independent CPO platform. Requests for the hosted CPO go to the module service over NATS (here a
 * test responder on `ocpi-tariffs.handle` / `ocpi-sessions.handle`, modules whose real services this
 * instance does not run); the hosted CPO reaches out through send-ocpi and call-ocpi-url.
 */
describe('routing on a platform: hosted parties and their partners', () => {
  let platform: ChargeMeshInstance;
  let emsp: FakePlatform;
  let otherCpo: FakePlatform;
  let nc: NatsConnection;
  const handled: { request: HandleOcpiModuleRequest; traceparent: string }[] = [];
  const platformUrl = (path: string) => `${platform.ocpiBase}/2.2.1${path}`;
  const nats = () => new NatsRequester(nc, 15_000);

  beforeAll(async () => {
    [platform, emsp, otherCpo] = await Promise.all([
      ChargeMeshInstance.start('platform'),
      FakePlatform.start('emsp', [{ countryCode: 'DE', partyId: 'EMB', role: 'EMSP' }], EMSP_INTERFACES),
      FakePlatform.start('cpo-x', [{ countryCode: 'FR', partyId: 'CPX', role: 'CPO' }], CPO_INTERFACES),
    ]);
    await platform.addParty('NL', 'CPO', 'CPO');
    await platform.addParty('NL', 'CP2', 'CPO');
    await connectFakes(platform, [emsp, otherCpo]);
    nc = await connectTestNats();
    const responder = new NatsResponder(nc, testLogger());
    responder.serve(ocpiModuleHandlerSubject(platform.namespace, 'tariffs'), async (payload: unknown, message: Msg) => {
      handled.push({ request: payload as HandleOcpiModuleRequest, traceparent: message.headers?.get('traceparent') ?? '' });
      return { httpStatus: 200, statusCode: 1000, data: [{ id: 'T1', last_updated: '2026-01-01T00:00:00Z' }], headers: { 'X-Total-Count': '7', 'X-Limit': '1', Link: `<${platformUrl('/sender/tariffs?offset=1&limit=1')}>; rel="next"` } };
    });
  });
  afterAll(async () => {
    await nc?.close();
    await Promise.all([emsp?.stop(), otherCpo?.stop()]);
    await platform?.stop();
  });

  it('should hand a request for a hosted party to its module service with the caller, ids, query and base URL, and answer in the envelope', async () => {
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const answer = await emsp.call('GET', platformUrl('/sender/tariffs?limit=1&date_from=2026-01-01T00:00:00Z'), {
      headers: routingHeaders('de*emb', 'nl*cpo', { 'X-Request-ID': 'local-1', 'X-Correlation-ID': 'local-c', traceparent: `00-${traceId}-00f067aa0ba902b7-01` }),
    });
    expect(answer).toMatchObject({ status: 200, body: { status_code: 1000, data: [{ id: 'T1', last_updated: '2026-01-01T00:00:00Z' }] } });
    expect(answer.headers.get('x-total-count')).toBe('7');
    expect(answer.headers.get('link')).toBe(`<${platformUrl('/sender/tariffs?offset=1&limit=1')}>; rel="next"`);
    expect(answer.headers.get('ocpi-from-party-id')).toBe('cpo');
    expect(answer.headers.get('x-request-id')).toBe('local-1');
    const { request, traceparent } = handled.at(-1)!;
    expect(request).toMatchObject({
      module: 'tariffs',
      interface: 'SENDER',
      method: 'GET',
      path: [],
      query: { limit: '1', date_from: '2026-01-01T00:00:00Z' },
      from: { countryCode: 'DE', partyId: 'EMB' },
      to: { countryCode: 'NL', partyId: 'CPO' },
      requestId: 'local-1',
      correlationId: 'local-c',
      baseUrl: `http://127.0.0.1:${platform.hubPort}`,
    });
    expect(traceparent).toContain(traceId);
  });

  it('should not relay a partner request to a party of another platform: that is a Hub\'s job', async () => {
    const relayed = await emsp.call('GET', platformUrl('/sender/tariffs'), { headers: routingHeaders('DE*EMB', 'FR*CPX') });
    expect(relayed.body).toMatchObject({ status_code: 4001 });
    expect(otherCpo.requestsTo('/2.2.1/sender/tariffs')).toHaveLength(0);
  });

  it('should send a hosted party\'s push to its partner over the direct link and return the partner\'s answer (send-ocpi)', async () => {
    emsp.on('/2.2.1/receiver/sessions', () => ({ body: envelope(undefined, 2001, 'their refusal'), headers: { 'x-extra': 'dropped' } }));
    const session = { country_code: 'NL', party_id: 'CPO', id: 'S1', last_updated: '2026-01-01T00:00:00Z' };
    const reply = await nats().request<{ statusCode: number; statusMessage?: string; httpStatus: number }>(sendOcpiSubject(platform.namespace), {
      module: 'sessions',
      interface: 'RECEIVER',
      method: 'PUT',
      path: ['NL', 'CPO', 'S1'],
      body: session,
      from: { countryCode: 'NL', partyId: 'CPO' },
      to: { countryCode: 'DE', partyId: 'EMB' },
      correlationId: 'send-c',
    });
    expect(reply).toMatchObject({ httpStatus: 200, statusCode: 2001, statusMessage: 'their refusal' });
    const [received] = emsp.requestsTo('/2.2.1/receiver/sessions/NL/CPO/S1');
    expect(received.body).toEqual(session);
    expect(received.headers).toMatchObject({ 'ocpi-from-party-id': 'CPO', 'ocpi-to-party-id': 'EMB', 'x-correlation-id': 'send-c' });

    const unknown = await nats().request(sendOcpiSubject(platform.namespace), { module: 'sessions', interface: 'RECEIVER', method: 'PUT', path: ['NL', 'CPO', 'S1'], body: session, from: { countryCode: 'NL', partyId: 'CPO' }, to: { countryCode: 'XX', partyId: 'YYY' } });
    expect(unknown).toMatchObject({ statusCode: 4001 });
    const notHosted = await nats().request(sendOcpiSubject(platform.namespace), { module: 'sessions', interface: 'RECEIVER', method: 'PUT', path: ['DE', 'EMB', 'S1'], body: session, from: { countryCode: 'DE', partyId: 'EMB' }, to: { countryCode: 'FR', partyId: 'CPX' } });
    expect(notHosted).toMatchObject({ statusCode: 2001 });
  });

  it('should serve a hosted party to another hosted party over NATS only (send-ocpi)', async () => {
    const before = handled.length;
    const reply = await nats().request(sendOcpiSubject(platform.namespace), { module: 'tariffs', interface: 'SENDER', method: 'GET', path: [], from: { countryCode: 'NL', partyId: 'CP2' }, to: { countryCode: 'NL', partyId: 'CPO' } });
    expect(reply).toMatchObject({ statusCode: 1000, headers: { 'X-Total-Count': '7' } });
    expect(handled.length).toBe(before + 1);
  });

  it('should call a URL a partner gave only on that partner\'s platform, with the token of the route (call-ocpi-url)', async () => {
    emsp.on('/2.2.1/sender/commands/callback', () => ({ body: envelope() }));
    const url = `${emsp.base}/2.2.1/sender/commands/callback/9`;
    const reply = await nats().request(callOcpiUrlSubject(platform.namespace), { url, method: 'POST', body: { result: 'ACCEPTED' }, from: { countryCode: 'NL', partyId: 'CPO' }, to: { countryCode: 'DE', partyId: 'EMB' }, module: 'commands' });
    expect(reply).toMatchObject({ statusCode: 1000 });
    const [callback] = emsp.requestsTo('/2.2.1/sender/commands/callback/9');
    expect(callback).toMatchObject({ body: { result: 'ACCEPTED' }, headers: { authorization: `Token ${Buffer.from(emsp.tokenC).toString('base64')}` } });

    const elsewhere = await nats().request(callOcpiUrlSubject(platform.namespace), { url: `${otherCpo.base}/steal`, method: 'POST', body: {}, from: { countryCode: 'NL', partyId: 'CPO' }, to: { countryCode: 'DE', partyId: 'EMB' } });
    expect(elsewhere).toMatchObject({ statusCode: 2001 });
    expect(otherCpo.requestsTo('/steal')).toHaveLength(0);
  });
});
