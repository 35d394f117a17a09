import { eventually } from '@chargemesh/platform-testing';
import { ChargeMeshInstance } from './support/chargemesh-instance';
import type { Json } from './support/ocpi-http';

const WAIT = 20_000;

/**
 * Three instances: a Hub (hosting only a HUB party) and two platforms, P1 with a CPO and P2 with
 * an eMSP, both registered with the Hub. The Hub pushes ClientInfo, the platforms route through
 * it, the Hub's still-alive check notices a platform that went silent, and a direct link is
 * preferred over the Hub once it exists.
 */
describe('hubclientinfo and routes via a Hub, with three ChargeMesh instances', () => {
  let hub: ChargeMeshInstance;
  let p1: ChargeMeshInstance;
  let p2: ChargeMeshInstance;
  const ids = { hubAtP1: '', hubAtP2: '', p1AtHub: '', p2AtHub: '' };

  const routeAt = (instance: ChargeMeshInstance, countryCode: string, partyId: string, check: (route: Json) => boolean, what: string) =>
    eventually(async () => {
      const route = await instance.route(countryCode, partyId);
      return route && check(route) ? route : undefined;
    }, WAIT, what);

  beforeAll(async () => {
    [hub, p1, p2] = await Promise.all([
      // Short still-alive timings so the check runs within the test: silence of 600 ms, checked every 200 ms.
      ChargeMeshInstance.start('hub', { OCPI_LIVENESS_SILENCE_MS: '600', OCPI_LIVENESS_CHECK_INTERVAL_MS: '200', OCPI_OUTBOUND_TIMEOUT_MS: '1000' }),
      ChargeMeshInstance.start('p1'),
      ChargeMeshInstance.start('p2'),
    ]);
    await hub.addParty('NL', 'HUB', 'HUB');
    await p1.addParty('NL', 'CP1', 'CPO');
    await p2.addParty('DE', 'EM2', 'EMSP');
    ({ here: ids.p1AtHub, there: ids.hubAtP1 } = await hub.invite(p1));
    ({ here: ids.p2AtHub, there: ids.hubAtP2 } = await hub.invite(p2));
  });
  afterAll(async () => {
    await Promise.all([hub?.stop(), p1?.stop(), p2?.stop()]);
  });

  it('should report only the HUB role in the Hub credentials and offer the hubclientinfo sender interface', async () => {
    const atP1 = await p1.partner(ids.hubAtP1);
    expect(atP1.roles).toEqual([{ countryCode: 'NL', partyId: 'HUB', role: 'HUB', businessDetails: { name: 'hub HUB HUB' } }]);
    expect(atP1.endpoints).toContainEqual({ identifier: 'hubclientinfo', role: 'SENDER', url: `${hub.ocpiBase}/2.2.1/sender/hubclientinfo` });
  });

  it('should push ClientInfo about each platform to the other, which then routes through the Hub', async () => {
    const route = await routeAt(p1, 'DE', 'EM2', (r) => r.status === 'CONNECTED', 'P1 to learn DE*EM2 through the Hub');
    expect(route).toMatchObject({ roles: ['EMSP'], selected: { platformId: ids.hubAtP1, via: 'HUB', reason: 'HUB' } });
    expect(await routeAt(p2, 'NL', 'CP1', (r) => r.status === 'CONNECTED', 'P2 to learn NL*CP1')).toMatchObject({ selected: { platformId: ids.hubAtP2, via: 'HUB' } });
    // A platform is not told about itself.
    expect(await p1.route('NL', 'CP1')).toBeUndefined();

    const resolved = await p1.request('directory', 'resolve-route', { countryCode: 'DE', partyId: 'EM2' });
    expect(resolved).toMatchObject({ kind: 'remote', via: 'HUB', platformId: ids.hubAtP1, status: 'CONNECTED' });
    expect(resolved.endpoints).toContainEqual({ identifier: 'sessions', role: 'RECEIVER', url: `${hub.ocpiBase}/2.2.1/receiver/sessions` });
    // The route's token is P1's token at the Hub: the Hub accepts it.
    expect((await hub.ocpi('GET', '/2.2.1', { token: resolved.token.value })).status).toBe(200);

    // The Hub can read back what P1 holds from it (receiver interface GET).
    const hubToP1 = (await hub.request('directory', 'resolve-route', { countryCode: 'NL', partyId: 'CP1' })).token.value;
    const held = await p1.ocpi('GET', '/2.2.1/receiver/hubclientinfo/de/em2', { token: hubToP1 });
    expect(held).toMatchObject({ status: 200, body: { data: { country_code: 'DE', party_id: 'EM2', role: 'EMSP', status: 'CONNECTED' } } });
    expect((await p1.ocpi('GET', '/2.2.1/receiver/hubclientinfo/FR/ABC', { token: hubToP1 })).status).toBe(404);
  });

  it('should announce the parties of a partner it invited as PLANNED until that partner registers', async () => {
    await hub.adminCall(hub.credentials, 'POST', '/admin/partners/token-a', { name: 'p3', plannedRoles: [{ countryCode: 'fr', partyId: 'p3x', role: 'CPO' }] }, 201);
    const planned = await routeAt(p1, 'FR', 'P3X', (r) => r.status === 'PLANNED', 'P1 to hear that FR*P3X is PLANNED');
    expect(planned).toMatchObject({ roles: ['CPO'], selected: { platformId: ids.hubAtP1, via: 'HUB', status: 'PLANNED' } });
    expect((await p1.request('directory', 'resolve-route', { countryCode: 'FR', partyId: 'P3X' })).token).toBeUndefined();
  });

  it('should serve its ClientInfo list as a Hub, paginated with Link, X-Total-Count and X-Limit', async () => {
    const p1ToHub = (await p1.request('directory', 'resolve-route', { countryCode: 'DE', partyId: 'EM2' })).token.value;
    const all = await hub.ocpi('GET', '/2.2.1/sender/hubclientinfo', { token: p1ToHub });
    expect(all.body.data.map((info: Json) => `${info.country_code}*${info.party_id} ${info.role} ${info.status}`)).toEqual(['NL*CP1 CPO CONNECTED', 'DE*EM2 EMSP CONNECTED', 'FR*P3X CPO PLANNED']);
    expect(all.headers.get('x-total-count')).toBe('3');
    expect(all.headers.get('x-limit')).toBe('1000');
    expect(all.headers.get('link')).toBeNull();
    const first = await hub.ocpi('GET', '/2.2.1/sender/hubclientinfo?limit=1', { token: p1ToHub });
    expect(first.body.data).toHaveLength(1);
    expect(first.headers.get('link')).toBe(`<${hub.ocpiBase}/2.2.1/sender/hubclientinfo?limit=1&offset=1>; rel="next"`);
    expect(first.headers.get('x-total-count')).toBe('3');
    const between = `date_from=${encodeURIComponent(all.body.data[1].last_updated)}&date_to=${encodeURIComponent(all.body.data[2].last_updated)}`;
    const later = await hub.ocpi('GET', `/2.2.1/sender/hubclientinfo?${between}`, { token: p1ToHub });
    expect(later.body.data.map((info: Json) => info.party_id)).toEqual(['EM2']);
    expect((await hub.ocpi('GET', '/2.2.1/sender/hubclientinfo?limit=zero', { token: p1ToHub })).body.status_code).toBe(2001);
    // A platform that is not a Hub keeps its partner list to itself.
    const hubToP1 = (await hub.request('directory', 'resolve-route', { countryCode: 'NL', partyId: 'CP1' })).token.value;
    expect((await p1.ocpi('GET', '/2.2.1/sender/hubclientinfo', { token: hubToP1 })).status).toBe(404);
  });

  it('should refuse ClientInfo from a partner that is not a Hub, and one whose URL and body disagree', async () => {
    const hubToP1 = (await hub.request('directory', 'resolve-route', { countryCode: 'NL', partyId: 'CP1' })).token.value;
    const info = { country_code: 'FR', party_id: 'ABC', role: 'CPO', status: 'CONNECTED', last_updated: '2026-11-22T10:00:00Z' };
    expect((await p1.ocpi('PUT', '/2.2.1/receiver/hubclientinfo/FR/XYZ', { token: hubToP1, body: info })).body.status_code).toBe(2001);
    expect((await p1.ocpi('PUT', '/2.2.1/receiver/hubclientinfo/FR/ABC', { token: hubToP1, body: { ...info, status: 'SOMETIMES' } })).body.status_code).toBe(2001);
    // P1 holds a token for the Hub; the Hub does not accept P1 as a Hub.
    const p1ToHub = (await p1.request('directory', 'resolve-route', { countryCode: 'DE', partyId: 'EM2' })).token.value;
    expect((await hub.ocpi('PUT', '/2.2.1/receiver/hubclientinfo/FR/ABC', { token: p1ToHub, body: info })).status).toBe(403);
    expect(await p1.route('FR', 'ABC')).toBeUndefined();
  });

  it('should mark a silent platform OFFLINE after a failed still-alive check, tell the others, and bring it back', async () => {
    await p2.stopHubRouter();
    const offline = await routeAt(p1, 'DE', 'EM2', (r) => r.status === 'OFFLINE', 'P1 to hear that DE*EM2 is OFFLINE');
    expect(offline.selected).toMatchObject({ platformId: ids.hubAtP1, via: 'HUB', status: 'OFFLINE' });
    expect((await hub.partner(ids.p2AtHub)).connection).toBe('OFFLINE');
    // No token is handed out for a route that is not connected: nothing may be sent (4003).
    expect((await p1.request('directory', 'resolve-route', { countryCode: 'DE', partyId: 'EM2' })).token).toBeUndefined();

    await p2.startHubRouter();
    await routeAt(p1, 'DE', 'EM2', (r) => r.status === 'CONNECTED', 'P1 to hear that DE*EM2 is back');
    expect((await hub.partner(ids.p2AtHub)).connection).toBe('CONNECTED');
  });

  it('should prefer a direct link over the Hub, follow an override, and fall back to the Hub when the direct link ends', async () => {
    const { there: p2AtP1 } = await p2.invite(p1);
    const direct = await routeAt(p1, 'DE', 'EM2', (r) => r.selected?.via === 'DIRECT', 'P1 to prefer the direct link');
    expect(direct).toMatchObject({ selected: { platformId: p2AtP1, reason: 'DIRECT' } });
    expect(direct.candidates).toEqual([
      { platformId: p2AtP1, via: 'DIRECT', status: 'CONNECTED' },
      { platformId: ids.hubAtP1, via: 'HUB', status: 'CONNECTED' },
    ]);

    expect(await p1.setRoute('DE', 'EM2', ids.hubAtP1)).toMatchObject({ override: ids.hubAtP1, selected: { platformId: ids.hubAtP1, via: 'HUB', reason: 'OVERRIDE' } });
    expect(await p1.request('directory', 'resolve-route', { countryCode: 'DE', partyId: 'EM2' })).toMatchObject({ via: 'HUB', reason: 'OVERRIDE' });
    await expect(p1.setRoute('DE', 'EM2', '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({ body: { code: 'ROUTE.UNKNOWN_PLATFORM' } });
    expect(await p1.adminCall(p1.directory, 'DELETE', '/admin/routes/DE/EM2')).toMatchObject({ selected: { via: 'DIRECT' } });

    expect(await p1.unregister(p2AtP1)).toMatchObject({ partnerNotified: true });
    const fallback = await routeAt(p1, 'DE', 'EM2', (r) => r.selected?.via === 'HUB', 'P1 to fall back to the Hub');
    expect(fallback).toMatchObject({ status: 'CONNECTED', selected: { platformId: ids.hubAtP1, reason: 'HUB' }, candidates: [{ platformId: ids.hubAtP1, via: 'HUB', status: 'CONNECTED' }] });
  });

  it('should tell the others when the Hub suspends a platform, and refuse that platform from then on', async () => {
    // P2 reaches CP1 through the Hub again once its directory has seen the direct link end.
    const p2ToHub = await eventually(async () => {
      const route = await p2.request('directory', 'resolve-route', { countryCode: 'NL', partyId: 'CP1' });
      return route.via === 'HUB' ? route.token?.value : undefined;
    }, WAIT, 'P2 to route to CP1 through the Hub');
    expect(await hub.suspend(ids.p2AtHub)).toMatchObject({ status: 'SUSPENDED' });
    expect((await hub.ocpi('GET', '/versions', { token: p2ToHub })).status).toBe(401);
    const route = await routeAt(p1, 'DE', 'EM2', (r) => r.status === 'SUSPENDED', 'P1 to hear that DE*EM2 is SUSPENDED at the Hub');
    expect(route.selected).toMatchObject({ platformId: ids.hubAtP1, via: 'HUB', status: 'SUSPENDED' });
    expect((await p1.request('directory', 'list-connected-parties', {})).map((party: Json) => party.partyId)).toEqual(['CP1', 'HUB']);
    const listed = (await hub.request('directory', 'list-client-info', {})).items;
    expect(listed.find((info: Json) => info.party_id === 'EM2')).toMatchObject({ status: 'SUSPENDED' });
  });
});
