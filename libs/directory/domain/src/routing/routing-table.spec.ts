import type { PartnerRole } from '@chargemesh/contracts/credential';
import type { RoutingInputs, PlatformFacts } from './routing-inputs';
import { buildRoutingTable } from './routing-table';

const P2 = '00000000-0000-4000-8000-000000000002';
const HUB = '00000000-0000-4000-8000-00000000000a';
const HUB2 = '00000000-0000-4000-8000-00000000000b';
const role = (countryCode: string, partyId: string, r: PartnerRole['role']): PartnerRole => ({ countryCode, partyId, role: r, businessDetails: { name: partyId } });
const platform = (platformId: string, roles: PartnerRole[], patch: Partial<PlatformFacts> = {}): PlatformFacts => ({
  platformId,
  status: 'REGISTERED',
  connection: 'CONNECTED',
  roles,
  endpoints: [],
  statusChangedAt: '2026-11-22T10:00:00.000Z',
  ...patch,
});
const inputs = (patch: Partial<RoutingInputs>): RoutingInputs => ({ hosted: [], platforms: [], clientInfos: [], overrides: [], ...patch });
const reported = (countryCode: string, partyId: string, status: 'CONNECTED' | 'OFFLINE' | 'SUSPENDED' | 'PLANNED', reportedBy = HUB, lastUpdated = '2026-11-22T10:00:00.000Z') =>
  ({ countryCode, partyId, role: 'EMSP' as const, status, reportedBy, lastUpdated });

describe('the routing table', () => {
  it('should route a party of a directly registered platform DIRECT, with all of its roles', () => {
    const [route] = buildRoutingTable(inputs({ platforms: [platform(P2, [role('DE', 'EMB', 'EMSP'), role('DE', 'EMB', 'CPO')])] }));
    expect(route).toEqual({
      countryCode: 'DE',
      partyId: 'EMB',
      roles: ['CPO', 'EMSP'],
      candidates: [{ platformId: P2, via: 'DIRECT', status: 'CONNECTED' }],
      selected: { platformId: P2, via: 'DIRECT', status: 'CONNECTED', reason: 'DIRECT' },
      status: 'CONNECTED',
    });
  });

  it('should route a party only a Hub reported through that Hub', () => {
    const [route] = buildRoutingTable(inputs({ platforms: [platform(HUB, [role('NL', 'HUB', 'HUB')])], clientInfos: [reported('DE', 'EMB', 'CONNECTED')] }));
    expect(route.selected).toEqual({ platformId: HUB, via: 'HUB', status: 'CONNECTED', reason: 'HUB' });
  });

  it('should prefer the direct route over a Hub, and fall back to the Hub when the direct platform is offline', () => {
    const hub = platform(HUB, [role('NL', 'HUB', 'HUB')]);
    const both = inputs({ platforms: [hub, platform(P2, [role('DE', 'EMB', 'EMSP')])], clientInfos: [reported('DE', 'EMB', 'CONNECTED')] });
    expect(buildRoutingTable(both).find((r) => r.partyId === 'EMB')?.selected).toMatchObject({ platformId: P2, via: 'DIRECT' });
    const offline = { ...both, platforms: [hub, platform(P2, [role('DE', 'EMB', 'EMSP')], { connection: 'OFFLINE' })] };
    const route = buildRoutingTable(offline).find((r) => r.partyId === 'EMB');
    expect(route?.selected).toEqual({ platformId: HUB, via: 'HUB', status: 'CONNECTED', reason: 'HUB' });
    expect(route?.candidates).toEqual([{ platformId: P2, via: 'DIRECT', status: 'OFFLINE' }, { platformId: HUB, via: 'HUB', status: 'CONNECTED' }]);
  });

  it('should report the status of the best route when nothing is connected', () => {
    const hub = platform(HUB, [role('NL', 'HUB', 'HUB')]);
    const route = buildRoutingTable(inputs({ platforms: [hub, platform(P2, [role('DE', 'EMB', 'EMSP')], { connection: 'OFFLINE' })], clientInfos: [reported('DE', 'EMB', 'SUSPENDED')] })).find((r) => r.partyId === 'EMB');
    expect(route).toMatchObject({ status: 'OFFLINE', selected: { platformId: P2, reason: 'DIRECT' } });
  });

  it('should take a Hub report only while the Hub is registered, and as OFFLINE while the Hub is offline', () => {
    expect(buildRoutingTable(inputs({ platforms: [platform(HUB, [], { status: 'SUSPENDED' })], clientInfos: [reported('DE', 'EMB', 'CONNECTED')] }))).toEqual([]);
    const [route] = buildRoutingTable(inputs({ platforms: [platform(HUB, [role('NL', 'HUB', 'HUB')], { connection: 'OFFLINE' })], clientInfos: [reported('DE', 'EMB', 'CONNECTED')] })).filter((r) => r.partyId === 'EMB');
    expect(route.status).toBe('OFFLINE');
  });

  it('should prefer a connected Hub over another Hub that reports the party offline', () => {
    const hubs = [platform(HUB, [role('NL', 'HUB', 'HUB')]), platform(HUB2, [role('BE', 'HUB', 'HUB')])];
    const clientInfos = [reported('DE', 'EMB', 'OFFLINE', HUB, '2026-11-22T11:00:00.000Z'), reported('DE', 'EMB', 'CONNECTED', HUB2)];
    expect(buildRoutingTable(inputs({ platforms: hubs, clientInfos })).find((r) => r.partyId === 'EMB')?.selected?.platformId).toBe(HUB2);
  });

  it('should follow an override even to a Hub that never reported the party, and keep the override when it is offline', () => {
    const platforms = [platform(HUB, [role('NL', 'HUB', 'HUB')]), platform(P2, [role('DE', 'EMB', 'EMSP')])];
    const [route] = buildRoutingTable(inputs({ platforms, overrides: [{ countryCode: 'DE', partyId: 'EMB', platformId: HUB }] })).filter((r) => r.partyId === 'EMB');
    expect(route).toMatchObject({ override: HUB, selected: { platformId: HUB, via: 'HUB', status: 'CONNECTED', reason: 'OVERRIDE' } });
    const hubOffline = [platform(HUB, [role('NL', 'HUB', 'HUB')], { connection: 'OFFLINE' }), platforms[1]];
    expect(buildRoutingTable(inputs({ platforms: hubOffline, overrides: [{ countryCode: 'DE', partyId: 'EMB', platformId: HUB }] })).find((r) => r.partyId === 'EMB')?.status).toBe('OFFLINE');
  });

  it('should never route a party hosted here, even when a partner claims it', () => {
    expect(buildRoutingTable(inputs({ hosted: [{ countryCode: 'DE', partyId: 'EMB', roles: [{ role: 'EMSP' }] }], platforms: [platform(P2, [role('de', 'emb', 'EMSP')])] }))).toEqual([]);
  });

  it('should ignore platforms that are not registered', () => {
    expect(buildRoutingTable(inputs({ platforms: [platform(P2, [role('DE', 'EMB', 'EMSP')], { status: 'UNREGISTERED' })] }))).toEqual([]);
  });
});
