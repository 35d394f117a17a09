import { readRoutingHeaders } from '@chargemesh/protocol-ocpi';
import { type CallerIdentity, decideInbound, type HostedParty, type InboundRequest } from './decide-inbound';

const cpoPlatform: CallerIdentity = { kind: 'partner', roles: [{ countryCode: 'NL', partyId: 'CPA', role: 'CPO' }, { countryCode: 'NL', partyId: 'CPB', role: 'CPO' }] };
const emsps: HostedParty[] = [
  { countryCode: 'DE', partyId: 'EMA', roles: ['EMSP'] },
  { countryCode: 'DE', partyId: 'EMB', roles: ['EMSP'] },
];
const hubHere: HostedParty[] = [{ countryCode: 'NL', partyId: 'HUB', roles: ['HUB'] }];

const headers = (from?: string, to?: string) => ({
  ...(from ? { 'ocpi-from-country-code': from.slice(0, 2), 'ocpi-from-party-id': from.slice(3) } : {}),
  ...(to ? { 'OCPI-To-Country-Code': to.slice(0, 2), 'OCPI-To-Party-Id': to.slice(3) } : {}),
});

const request = (patch: Partial<InboundRequest> & { from?: string; to?: string }): InboundRequest => ({
  module: 'sessions',
  interfaceRole: 'RECEIVER',
  method: 'PUT',
  path: '/NL/CPA/S1',
  routing: readRoutingHeaders(headers(patch.from, patch.to)),
  caller: cpoPlatform,
  hosted: emsps,
  ...patch,
});

describe('deciding what to do with a request to a functional module', () => {
  it('should route a push to the party named in TO, comparing party ids case-insensitively', () => {
    const decision = decideInbound(request({ from: 'nl*cpa', to: 'de*emb' }));
    expect(decision).toMatchObject({ kind: 'route', from: { countryCode: 'nl', partyId: 'cpa' }, scenario: { kind: 'direct', to: { countryCode: 'de', partyId: 'emb' } } });
    expect(decision.kind === 'route' && decision.route.id).toBe('sessions.receiver.putSession');
  });

  it('should refuse a FROM that is not one of the calling platform roles, before anything is routed', () => {
    expect(decideInbound(request({ from: 'FR*XXX', to: 'DE*EMA' }))).toMatchObject({ kind: 'refused', code: 'ROUTING.FROM_NOT_CALLER' });
  });

  it('should accept from a calling Hub the parties it reported behind it, and no others', () => {
    const hub: CallerIdentity = { kind: 'partner', roles: [{ countryCode: 'NL', partyId: 'HUB', role: 'HUB' }], reportsParty: (party) => party.partyId.toUpperCase() === 'CPA' };
    expect(decideInbound(request({ caller: hub, from: 'NL*CPA', to: 'DE*EMA' })).kind).toBe('route');
    expect(decideInbound(request({ caller: hub, from: 'NL*HUB', to: 'DE*EMA' })).kind).toBe('route');
    expect(decideInbound(request({ caller: hub, from: 'NL*CPB', to: 'DE*EMA' }))).toMatchObject({ code: 'ROUTING.FROM_NOT_CALLER' });
  });

  it('should require both routing headers on a platform with several parties, and malformed ones are 2001 material', () => {
    expect(decideInbound(request({ to: 'DE*EMA' }))).toMatchObject({ code: 'ROUTING.FROM_REQUIRED' });
    expect(decideInbound(request({ from: 'NL*CPA' }))).toMatchObject({ code: 'ROUTING.TO_REQUIRED' });
    expect(decideInbound(request({ routing: readRoutingHeaders({ 'ocpi-from-country-code': 'NL' }) }))).toMatchObject({ code: 'ROUTING.INVALID_ROUTING_HEADERS' });
  });

  it('should let two single-party platforms omit the routing headers, as the spec exempts them', () => {
    const single: CallerIdentity = { kind: 'partner', roles: [{ countryCode: 'NL', partyId: 'CPA', role: 'CPO' }] };
    const decision = decideInbound(request({ caller: single, hosted: [emsps[0]] }));
    expect(decision).toMatchObject({ kind: 'route', from: { partyId: 'CPA' }, scenario: { kind: 'direct', to: { partyId: 'EMA' } } });
  });

  it('should answer an unknown path as not found and a method the interface lacks as not allowed, with the allowed ones', () => {
    expect(decideInbound(request({ path: '/NL/CPA/S1/extra/segments', from: 'NL*CPA', to: 'DE*EMA' }))).toMatchObject({ code: 'ROUTING.NO_SUCH_ENDPOINT' });
    expect(decideInbound(request({ method: 'DELETE', from: 'NL*CPA', to: 'DE*EMA' }))).toMatchObject({ code: 'ROUTING.METHOD_NOT_ALLOWED', allow: expect.arrayContaining(['GET', 'PUT', 'PATCH']) });
    expect(decideInbound(request({ path: '/NLD/CPA/S1', from: 'NL*CPA', to: 'DE*EMA' }))).toMatchObject({ code: 'ROUTING.INVALID_URL_SEGMENT' });
  });

  describe('on a Hub', () => {
    const toHub = (patch: Partial<InboundRequest> & { from?: string; to?: string }) => decideInbound(request({ hosted: hubHere, ...patch }));

    it('should read a push addressed to the Hub as a Broadcast Push, for data meant for everyone only', () => {
      expect(toHub({ module: 'locations', path: '/NL/CPA/LOC1', from: 'NL*CPA', to: 'nl*hub' })).toMatchObject({ scenario: { kind: 'broadcast-push' } });
      expect(toHub({ from: 'NL*CPA', to: 'NL*HUB' })).toMatchObject({ code: 'ROUTING.BROADCAST_NOT_ALLOWED' });
    });

    it('should read a list GET on a Sender interface addressed to the Hub as GET All, and never broadcast a GET', () => {
      expect(toHub({ module: 'locations', interfaceRole: 'SENDER', method: 'GET', path: '', from: 'NL*CPA', to: 'NL*HUB' })).toMatchObject({ scenario: { kind: 'get-all' } });
      expect(toHub({ module: 'locations', interfaceRole: 'SENDER', method: 'GET', path: '/LOC1', from: 'NL*CPA', to: 'NL*HUB' })).toMatchObject({ code: 'ROUTING.REFUSED_HUB_SCENARIO' });
    });

    it('should treat a request without TO as Open Routing, except a GET All', () => {
      expect(toHub({ from: 'NL*CPA' })).toMatchObject({ kind: 'route', scenario: { kind: 'open-routing' } });
      expect(toHub({ module: 'locations', interfaceRole: 'SENDER', method: 'GET', path: '', from: 'NL*CPA' })).toMatchObject({ code: 'ROUTING.REFUSED_HUB_SCENARIO' });
    });
  });
});
