import {
  forwardedMessageIds,
  newMessageIds,
  readHeader,
  readMessageIds,
  readRoutingHeaders,
  responseRouting,
  routingHeaderValues,
  usesRoutingHeaders,
} from './headers';
import { ciEquals, isRegisteredParty, partyKey, sameParty } from './party';

describe('routing headers', () => {
  it('should be used by the functional modules only', () => {
    for (const module of ['cdrs', 'chargingprofiles', 'commands', 'locations', 'sessions', 'tariffs', 'tokens']) {
      expect(usesRoutingHeaders(module)).toBe(true);
    }
    for (const module of ['credentials', 'versions', 'hubclientinfo', 'nltnm-tokens']) {
      expect(usesRoutingHeaders(module)).toBe(false);
    }
  });

  it('should read the headers in any letter case and write them with the spec names', () => {
    const incoming = {
      'ocpi-from-country-code': 'NL',
      'ocpi-from-party-id': 'evm',
      'OCPI-TO-COUNTRY-CODE': 'DE',
      'Ocpi-To-Party-Id': 'CMX',
    };
    const result = readRoutingHeaders(incoming);
    expect(result).toEqual({
      ok: true,
      routing: { from: { countryCode: 'NL', partyId: 'evm' }, to: { countryCode: 'DE', partyId: 'CMX' } },
    });
    if (!result.ok) return;
    expect(routingHeaderValues(result.routing)).toEqual({
      'OCPI-from-country-code': 'NL',
      'OCPI-from-party-id': 'evm',
      'OCPI-to-country-code': 'DE',
      'OCPI-to-party-id': 'CMX',
    });
  });

  it('should read a fetch Headers object too', () => {
    const headers = new Headers({ 'OCPI-from-country-code': 'NL', 'OCPI-from-party-id': 'EVM' });
    expect(readRoutingHeaders(headers)).toEqual({ ok: true, routing: { from: { countryCode: 'NL', partyId: 'EVM' } } });
  });

  it('should allow an Open Routing Request without TO', () => {
    expect(readRoutingHeaders({ 'OCPI-from-country-code': 'NL', 'OCPI-from-party-id': 'EVM' })).toEqual({
      ok: true,
      routing: { from: { countryCode: 'NL', partyId: 'EVM' } },
    });
  });

  it('should refuse half a pair and malformed values', () => {
    expect(
      readRoutingHeaders({ 'OCPI-from-country-code': 'NL', 'OCPI-to-country-code': 'DEU', 'OCPI-to-party-id': 'CMXX' }),
    ).toEqual({
      ok: false,
      problems: [
        'OCPI-from-party-id is missing while OCPI-from-country-code is set',
        'OCPI-to-country-code must be a 2-letter country code',
        'OCPI-to-party-id must be a 3-character party id',
      ],
    });
  });

  it('should address a response to the requesting party, from the receiving one', () => {
    const request = { from: { countryCode: 'NL', partyId: 'EVM' }, to: { countryCode: 'DE', partyId: 'CMX' } };
    expect(responseRouting(request)).toEqual({ from: request.to, to: request.from });
  });
});

describe('message ids', () => {
  let counter = 0;
  const generate = () => `id-${++counter}`;

  it('should give a forwarded request a new X-Request-ID and the same X-Correlation-ID', () => {
    const incoming = readMessageIds({ 'x-request-id': 'req-1', 'X-Correlation-ID': 'corr-1' });
    expect(incoming).toEqual({ requestId: 'req-1', correlationId: 'corr-1' });
    const forwarded = forwardedMessageIds(incoming, generate);
    expect(forwarded.correlationId).toBe('corr-1');
    expect(forwarded.requestId).not.toBe('req-1');
  });

  it('should make both ids for a new request, UUIDs by default', () => {
    const ids = newMessageIds();
    expect(ids.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids.correlationId).not.toBe(ids.requestId);
    expect(forwardedMessageIds({}, generate).correlationId).toMatch(/^id-/);
  });

  it('should join repeated header values', () => {
    expect(readHeader({ 'X-Request-ID': ['a', 'b'] }, 'x-request-id')).toBe('a, b');
    expect(readHeader({}, 'x-request-id')).toBeUndefined();
  });
});

describe('party identity', () => {
  it('should compare country codes and party ids case-insensitively', () => {
    expect(sameParty({ countryCode: 'nl', partyId: 'evm' }, { countryCode: 'NL', partyId: 'EVM' })).toBe(true);
    expect(sameParty({ countryCode: 'NL', partyId: 'EVM' }, { countryCode: 'NL', partyId: 'EVC' })).toBe(false);
    expect(partyKey({ countryCode: 'nl', partyId: 'Evm' })).toBe('NL*EVM');
  });

  it('should not let non-ASCII case rules create a match', () => {
    expect(ciEquals('ı', 'I')).toBe(false);
    expect(ciEquals('abc', 'ABC')).toBe(true);
  });

  it('should tell whether FROM is one of the roles registered for a platform', () => {
    const roles = [
      { country_code: 'NL', party_id: 'EVM' },
      { country_code: 'NL', party_id: 'EVC' },
    ];
    expect(isRegisteredParty({ countryCode: 'nl', partyId: 'evc' }, roles)).toBe(true);
    expect(isRegisteredParty({ countryCode: 'DE', partyId: 'EVC' }, roles)).toBe(false);
  });
});
