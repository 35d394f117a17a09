import { ourVersionDetails, ourVersions } from './our-versions';

const party = (...roles: ('CPO' | 'EMSP' | 'HUB')[]) => ({ roles: roles.map((role) => ({ role, businessDetails: { name: role } })) });
const listed = (details: ReturnType<typeof ourVersionDetails>) => details.endpoints.map((endpoint) => `${endpoint.identifier} ${endpoint.role}`);

describe('our versions and version details', () => {
  it('should list 2.2.1 under the configured base URL', () => {
    expect(ourVersions('https://ocpi.example.com/')).toEqual([{ version: '2.2.1', url: 'https://ocpi.example.com/ocpi/2.2.1' }]);
  });

  it('should list credentials, the hubclientinfo receiver and the CPO interfaces for a CPO platform', () => {
    const details = ourVersionDetails('https://ocpi.example.com', [party('CPO')]);
    expect(details.version).toBe('2.2.1');
    expect(details.endpoints[0]).toEqual({ identifier: 'credentials', role: 'SENDER', url: 'https://ocpi.example.com/ocpi/2.2.1/credentials' });
    expect(listed(details)).toEqual([
      'credentials SENDER', 'cdrs SENDER', 'chargingprofiles RECEIVER', 'commands RECEIVER', 'hubclientinfo RECEIVER',
      'locations SENDER', 'sessions SENDER', 'tariffs SENDER', 'tokens RECEIVER',
    ]);
    expect(details.endpoints.find((endpoint) => endpoint.identifier === 'locations')?.url).toBe('https://ocpi.example.com/ocpi/2.2.1/sender/locations');
  });

  it('should list both interfaces once when the platform hosts a CPO and an eMSP', () => {
    const details = ourVersionDetails('https://ocpi.example.com', [party('CPO'), party('EMSP', 'CPO')]);
    expect(listed(details).filter((entry) => entry.startsWith('locations'))).toEqual(['locations RECEIVER', 'locations SENDER']);
    expect(new Set(listed(details)).size).toBe(details.endpoints.length);
  });

  it('should add the hubclientinfo sender for a Hub', () => {
    expect(listed(ourVersionDetails('https://hub.example.com', [party('HUB')]))).toContain('hubclientinfo SENDER');
  });
});
