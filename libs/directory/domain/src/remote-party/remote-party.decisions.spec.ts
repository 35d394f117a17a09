import type { EventEnvelope, PendingEvent } from '@chargemesh/contracts/envelope';
import { decideClearRouteOverride, decideReportClientInfo, decideSetRouteOverride } from './remote-party.decisions';
import { evolveRemoteParty, initialRemotePartyState, type RemotePartyState } from './remote-party.state';

const HUB = '00000000-0000-4000-8000-00000000000a';
const apply = (state: RemotePartyState, events: PendingEvent[]) =>
  events.reduce((current, event) => evolveRemoteParty(current, { id: 'e', type: event.definition.name, version: 1, occurredAt: '2026-11-22T10:00:00Z', aggregateId: 'DE*EMB', correlationId: 'c', data: event.data } as EventEnvelope), state);
const report = (status: 'CONNECTED' | 'OFFLINE', lastUpdated: string) => ({ hubPlatformId: HUB, countryCode: 'de', partyId: 'emb', role: 'EMSP' as const, status, lastUpdated });

describe('remote party decisions', () => {
  it('should record a Hub report with upper-cased ids', () => {
    const events = decideReportClientInfo(initialRemotePartyState, report('CONNECTED', '2026-11-22T10:00:00Z'));
    expect(events.map((event) => event.data)).toEqual([{ countryCode: 'DE', partyId: 'EMB', role: 'EMSP', status: 'CONNECTED', reportedBy: HUB, lastUpdated: '2026-11-22T10:00:00Z' }]);
  });

  it('should ignore a repeated report and one older than what the Hub already told us', () => {
    const state = apply(initialRemotePartyState, decideReportClientInfo(initialRemotePartyState, report('OFFLINE', '2026-11-22T10:05:00Z')));
    expect(decideReportClientInfo(state, report('OFFLINE', '2026-11-22T10:05:00Z'))).toEqual([]);
    expect(decideReportClientInfo(state, report('CONNECTED', '2026-11-22T10:00:00Z'))).toEqual([]);
    expect(decideReportClientInfo(state, report('CONNECTED', '2026-11-22T10:06:00Z'))).toHaveLength(1);
  });

  it('should set an override once, refuse an unknown platform, and clear only a set override', () => {
    const party = { countryCode: 'DE', partyId: 'EMB', platformId: HUB };
    expect(() => decideSetRouteOverride(initialRemotePartyState, party, false)).toThrow(expect.objectContaining({ code: 'ROUTE.UNKNOWN_PLATFORM' }));
    const state = apply(initialRemotePartyState, decideSetRouteOverride(initialRemotePartyState, party, true));
    expect(state.override).toBe(HUB);
    expect(decideSetRouteOverride(state, party, true)).toEqual([]);
    expect(decideClearRouteOverride(initialRemotePartyState, party)).toEqual([]);
    expect(apply(state, decideClearRouteOverride(state, party)).override).toBeUndefined();
  });
});
