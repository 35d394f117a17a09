import type { ResolvedRoute } from '@chargemesh/contracts/party';
import { nextHop, operationUrl, originOf } from './next-hop';

const remote = (patch: Partial<Extract<ResolvedRoute, { kind: 'remote' }>> = {}): ResolvedRoute => ({
  kind: 'remote',
  countryCode: 'DE',
  partyId: 'EMB',
  roles: ['EMSP'],
  status: 'CONNECTED',
  platformId: '00000000-0000-4000-8000-000000000002',
  via: 'HUB',
  reason: 'HUB',
  version: '2.2.1',
  endpoints: [{ identifier: 'sessions', role: 'RECEIVER', url: 'https://hub.example.com/ocpi/2.2.1/receiver/sessions' }],
  token: { value: 'secret', encoding: 'base64' },
  ...patch,
});

describe('the next hop of a message', () => {
  it('should deliver to a hosted party locally', () => {
    expect(nextHop({ kind: 'local', countryCode: 'NL', partyId: 'CPA', roles: ['CPO'] }, 'sessions', 'RECEIVER')).toEqual({ kind: 'local', countryCode: 'NL', partyId: 'CPA' });
  });

  it('should send to a remote party through the endpoint of its next hop, with the route token', () => {
    expect(nextHop(remote(), 'sessions', 'RECEIVER')).toMatchObject({ kind: 'remote', via: 'HUB', endpointUrl: 'https://hub.example.com/ocpi/2.2.1/receiver/sessions', token: { value: 'secret' } });
  });

  it('should refuse a route that is not connected, has no token, or lacks the interface', () => {
    expect(nextHop(remote({ status: 'OFFLINE', token: undefined }), 'sessions', 'RECEIVER')).toMatchObject({ code: 'ROUTING.RECEIVER_NOT_CONNECTED', message: expect.stringContaining('OFFLINE') });
    expect(nextHop(remote({ token: undefined }), 'sessions', 'RECEIVER')).toMatchObject({ code: 'ROUTING.RECEIVER_NOT_CONNECTED' });
    expect(nextHop(remote(), 'cdrs', 'RECEIVER')).toMatchObject({ code: 'ROUTING.NO_ENDPOINT' });
  });

  it('should build operation URLs with encoded segments and the query kept', () => {
    expect(operationUrl('https://p.example.com/ocpi/2.2.1/receiver/locations/', ['NL', 'CPA', 'LOC 1/a'], 'x=1')).toBe('https://p.example.com/ocpi/2.2.1/receiver/locations/NL/CPA/LOC%201%2Fa?x=1');
    expect(operationUrl('https://p.example.com/sender/locations', [], '')).toBe('https://p.example.com/sender/locations');
    expect(originOf('https://p.example.com:8443/a?b')).toBe('https://p.example.com:8443');
    expect(originOf('file:///etc/passwd')).toBeUndefined();
  });
});
