import { assertPartyClaimsAllowed, ourCredentialsRoles, parsePartnerCredentials, partnerRolesOf } from './credentials-object';
import { selectEndpoints, selectVersion } from './version-selection';

const credentials = (roles: unknown) => ({ token: 'token-b', url: 'https://partner.example.com/ocpi/versions', roles });
const cpo = { role: 'CPO', business_details: { name: 'Partner CPO', website: 'https://cpo.example.com' }, party_id: 'abc', country_code: 'nl' };

describe('selecting the version and endpoints of a partner', () => {
  it('should pick 2.2.1 when the partner also offers older versions', () => {
    const chosen = selectVersion([
      { version: '2.1.1', url: 'https://p.example.com/2.1.1' },
      { version: '2.2.1', url: 'https://p.example.com/2.2.1' },
    ]);
    expect(chosen).toEqual({ version: '2.2.1', url: 'https://p.example.com/2.2.1' });
  });

  it('should refuse with NO_COMMON_VERSION naming what the partner offers when it has no version in common', () => {
    expect(() => selectVersion([{ version: '2.1.1', url: 'https://p.example.com/2.1.1' }])).toThrow(
      expect.objectContaining({ code: 'CREDENTIALS.NO_COMMON_VERSION', message: expect.stringContaining('2.1.1') }),
    );
  });

  it('should keep every endpoint of the chosen version when it includes credentials', () => {
    const version = { version: '2.2.1', url: 'https://p.example.com/2.2.1' };
    const endpoints = [
      { identifier: 'credentials', role: 'RECEIVER' as const, url: 'https://p.example.com/2.2.1/credentials' },
      { identifier: 'locations', role: 'SENDER' as const, url: 'https://p.example.com/2.2.1/locations' },
    ];
    expect(selectEndpoints({ version: '2.2.1', endpoints }, version)).toEqual(endpoints);
  });

  it('should refuse details without a credentials endpoint or for another version with NO_MATCHING_ENDPOINTS', () => {
    const version = { version: '2.2.1', url: 'https://p.example.com/2.2.1' };
    const locations = [{ identifier: 'locations', role: 'SENDER' as const, url: 'https://p.example.com/2.2.1/locations' }];
    expect(() => selectEndpoints({ version: '2.2.1', endpoints: locations }, version)).toThrow(expect.objectContaining({ code: 'CREDENTIALS.NO_MATCHING_ENDPOINTS' }));
    expect(() => selectEndpoints({ version: '2.2', endpoints: locations }, version)).toThrow(expect.objectContaining({ code: 'CREDENTIALS.NO_MATCHING_ENDPOINTS' }));
  });
});

describe('reading a partner credentials object', () => {
  it('should keep its roles with upper-cased ids and without the logo', () => {
    const parsed = parsePartnerCredentials(credentials([{ ...cpo, business_details: { ...cpo.business_details, logo: null } }]));
    expect(partnerRolesOf(parsed)).toEqual([{ countryCode: 'NL', partyId: 'ABC', role: 'CPO', businessDetails: { name: 'Partner CPO', website: 'https://cpo.example.com' } }]);
  });

  it('should refuse missing roles, an empty role list and a repeated role, naming the field', () => {
    expect(() => parsePartnerCredentials({ token: 't', url: 'https://p.example.com/versions' })).toThrow(expect.objectContaining({ code: 'CREDENTIALS.INVALID_CREDENTIALS', message: expect.stringContaining('roles') }));
    expect(() => parsePartnerCredentials(credentials([]))).toThrow(expect.objectContaining({ message: expect.stringContaining('roles') }));
    expect(() => parsePartnerCredentials(credentials([cpo, cpo]))).toThrow(expect.objectContaining({ message: expect.stringContaining('roles[1]') }));
  });

  it('should refuse a token with spaces and a url that is not absolute', () => {
    expect(() => parsePartnerCredentials({ ...credentials([cpo]), token: 'has space' })).toThrow(expect.objectContaining({ message: expect.stringContaining('token') }));
    expect(() => parsePartnerCredentials({ ...credentials([cpo]), url: '/ocpi/versions' })).toThrow(expect.objectContaining({ message: expect.stringContaining('url') }));
  });
});

describe('party claims of a registering partner', () => {
  const roles = partnerRolesOf(parsePartnerCredentials(credentials([cpo])));

  it('should allow parties nobody else holds', () => {
    expect(() => assertPartyClaimsAllowed(roles, [{ countryCode: 'DE', partyId: 'ABC' }], [{ platformId: 'p2', countryCode: 'NL', partyId: 'ABC', role: 'EMSP' }])).not.toThrow();
  });

  it('should refuse a party hosted here and a party and role another partner holds', () => {
    expect(() => assertPartyClaimsAllowed(roles, [{ countryCode: 'NL', partyId: 'ABC' }], [])).toThrow(expect.objectContaining({ code: 'CREDENTIALS.INVALID_PARTY_CLAIM', message: expect.stringContaining('hosted on this platform') }));
    expect(() => assertPartyClaimsAllowed(roles, [], [{ platformId: 'p2', countryCode: 'NL', partyId: 'ABC', role: 'CPO' }])).toThrow(expect.objectContaining({ message: expect.stringContaining('another platform') }));
  });
});

describe('our own credentials roles', () => {
  it('should list every role of every hosted party', () => {
    const hosted = [
      { countryCode: 'NL', partyId: 'CPA', roles: [{ role: 'CPO' as const, businessDetails: { name: 'A' } }, { role: 'EMSP' as const, businessDetails: { name: 'A2' } }], registeredAt: '', updatedAt: '' },
      { countryCode: 'DE', partyId: 'CPB', roles: [{ role: 'CPO' as const, businessDetails: { name: 'B' } }], registeredAt: '', updatedAt: '' },
    ];
    expect(ourCredentialsRoles(hosted).map((role) => `${role.country_code}*${role.party_id}:${role.role}`)).toEqual(['NL*CPA:CPO', 'NL*CPA:EMSP', 'DE*CPB:CPO']);
  });

  it('should refuse to exchange credentials while no party is hosted', () => {
    expect(() => ourCredentialsRoles([])).toThrow(expect.objectContaining({ code: 'CREDENTIALS.NO_HOSTED_PARTIES' }));
  });
});
