import type { PartnerRole } from '@chargemesh/contracts/credential';
import { clientInfoReceiverUrl, hubClientInfos, isAboutPlatform } from './client-infos';
import type { PlatformFacts } from './routing-inputs';

const role = (countryCode: string, partyId: string, r: PartnerRole['role']): PartnerRole => ({ countryCode, partyId, role: r, businessDetails: { name: partyId } });
const platform = (platformId: string, roles: PartnerRole[], patch: Partial<PlatformFacts> = {}): PlatformFacts => ({
  platformId,
  status: 'REGISTERED',
  connection: 'CONNECTED',
  roles,
  endpoints: [{ identifier: 'hubclientinfo', role: 'RECEIVER', url: `https://${platformId}.example.com/hubclientinfo` }],
  statusChangedAt: '2026-11-22T10:00:00.000Z',
  ...patch,
});

describe('the ClientInfo objects published as a Hub', () => {
  it('should give each role of each partner the status of its platform, and planned parties PLANNED', () => {
    const infos = hubClientInfos([
      platform('p1', [role('NL', 'CPA', 'CPO'), role('NL', 'EMA', 'EMSP')]),
      platform('p2', [role('DE', 'EMB', 'EMSP')], { connection: 'OFFLINE', statusChangedAt: '2026-11-22T11:00:00.000Z' }),
      platform('p3', [role('BE', 'OLD', 'CPO')], { status: 'SUSPENDED' }),
      platform('p4', [], { status: 'PENDING' }),
      platform('p5', [role('FR', 'NEW', 'CPO')], { status: 'PENDING', statusChangedAt: '2026-11-22T09:00:00.000Z' }),
    ]);
    expect(infos.map((info) => `${info.country_code}*${info.party_id} ${info.role} ${info.status}`)).toEqual([
      'FR*NEW CPO PLANNED',
      'BE*OLD CPO SUSPENDED',
      'NL*CPA CPO CONNECTED',
      'NL*EMA EMSP CONNECTED',
      'DE*EMB EMSP OFFLINE',
    ]);
    expect(infos[4].last_updated).toBe('2026-11-22T11:00:00.000Z');
  });

  it('should show the newest entry of a party that registered again through a new platform record', () => {
    const infos = hubClientInfos([
      platform('old', [role('NL', 'CPA', 'CPO')], { status: 'UNREGISTERED' }),
      platform('new', [role('NL', 'CPA', 'CPO')], { statusChangedAt: '2026-11-22T12:00:00.000Z' }),
    ]);
    expect(infos).toEqual([{ country_code: 'NL', party_id: 'CPA', role: 'CPO', status: 'CONNECTED', last_updated: '2026-11-22T12:00:00.000Z' }]);
  });

  it('should push only to connected registered partners with a receiver endpoint, and not about their own parties', () => {
    const p1 = platform('p1', [role('NL', 'CPA', 'CPO')]);
    expect(clientInfoReceiverUrl(p1)).toBe('https://p1.example.com/hubclientinfo');
    expect(clientInfoReceiverUrl({ ...p1, connection: 'OFFLINE' })).toBeUndefined();
    expect(clientInfoReceiverUrl({ ...p1, endpoints: [] })).toBeUndefined();
    const [info] = hubClientInfos([p1]);
    expect(isAboutPlatform(info, p1)).toBe(true);
    expect(isAboutPlatform(info, platform('p2', [role('DE', 'EMB', 'EMSP')]))).toBe(false);
  });
});
