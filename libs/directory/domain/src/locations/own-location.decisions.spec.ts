import type { EventEnvelope, PendingEvent } from '@chargemesh/contracts/envelope';
import type { OcpiEvseStatus } from '@chargemesh/contracts/location';
import { type Location, ocpiExamples } from '@chargemesh/protocol-ocpi';
import { evseStatusOfConnectors, ocpiConnectorOf } from './evse-status';
import { decideSaveEvse, decideSaveLocation, decideStationStatus, type SaveContext } from './own-location.decisions';
import { locationPushOf } from './own-location.pushes';
import { evolveOwnLocation, type OwnLocationState } from './own-location.state';

const CPO = { countryCode: 'de', partyId: 'cmx' };
const T1 = new Date('2026-03-01T10:00:00Z');
const T2 = new Date('2026-03-01T11:00:00Z');
const context = (now: Date, stationStatus: OcpiEvseStatus | undefined = undefined): SaveContext => ({ cpo: CPO, now, stationStatus: () => stationStatus });

/** The admin's body: an OCPI location without owner, id and last_updated values, EVSE 1 linked to station CS-1. */
function adminBody() {
  const { country_code: _c, party_id: _p, id: _i, last_updated: _l, evses, ...fields } = ocpiExamples.location();
  const evse = evses![0];
  const { last_updated: _e, connectors, ...evseFields } = evse;
  const second = { ...evseFields, uid: 'KDOM-01-E2', evse_id: 'DE*CMX*E0000102', connectors: connectors.map(({ last_updated: _x, ...connector }) => connector) };
  return { ...fields, evses: [{ ...evseFields, connectors: connectors.map(({ last_updated: _x, ...connector }) => connector), station: { stationId: 'CS-1', evseId: 1 } }, second] };
}

const envelope = (event: PendingEvent, at = T1): EventEnvelope => ({ id: '0', type: event.definition.name, version: 1, occurredAt: at.toISOString(), aggregateId: 'x', correlationId: 'c', data: event.data });
const fold = (state: OwnLocationState | undefined, events: PendingEvent[]) => events.reduce((current, event) => evolveOwnLocation(current, envelope(event)), state);

describe('locations of hosted CPOs: admin saves', () => {
  it('should build the OCPI location with owner, id and every last_updated set, and keep the station link internal', () => {
    const events = decideSaveLocation(undefined, 'KOELN-DOM-01', adminBody(), context(T1));
    expect(events.map((event) => event.definition.name)).toEqual(['LocationSaved.v1']);
    const state = fold(undefined, events)!;
    expect(state.location).toMatchObject({ country_code: 'DE', party_id: 'CMX', id: 'KOELN-DOM-01', last_updated: '2026-03-01T10:00:00.000Z' });
    expect(state.location.evses![0].connectors[0].last_updated).toBe('2026-03-01T10:00:00.000Z');
    expect(JSON.stringify(state.location)).not.toContain('CS-1');
    expect(state.links).toEqual([{ stationId: 'CS-1', evseId: 1, evseUid: 'KDOM-01-E1' }]);
  });

  it('should append nothing for an unchanged save and restamp only what changed', () => {
    const state = fold(undefined, decideSaveLocation(undefined, 'KOELN-DOM-01', adminBody(), context(T1)))!;
    expect(decideSaveLocation(state, 'KOELN-DOM-01', adminBody(), context(T2))).toEqual([]);
    const body = adminBody();
    body.evses[1].connectors[0].max_amperage = 16;
    const next = fold(state, decideSaveLocation(state, 'KOELN-DOM-01', body, context(T2)))!;
    const stamps = (location: Location) => [location.last_updated, ...location.evses!.flatMap((evse) => [evse.last_updated, evse.connectors[0].last_updated])];
    expect(stamps(next.location)).toEqual(['2026-03-01T11:00:00.000Z', '2026-03-01T10:00:00.000Z', '2026-03-01T10:00:00.000Z', '2026-03-01T11:00:00.000Z', '2026-03-01T11:00:00.000Z']);
  });

  it('should show what the station reports for a linked EVSE, but never override REMOVED, PLANNED or BLOCKED', () => {
    const charging = fold(undefined, decideSaveLocation(undefined, 'L', adminBody(), context(T1, 'CHARGING')))!;
    expect(charging.location.evses!.map((evse) => evse.status)).toEqual(['CHARGING', 'AVAILABLE']);
    const body = adminBody();
    body.evses[0].status = 'REMOVED';
    const removed = fold(undefined, decideSaveLocation(undefined, 'L', body, context(T1, 'CHARGING')))!;
    expect(removed.location.evses![0].status).toBe('REMOVED');
    expect(decideStationStatus(removed, 'KDOM-01-E1', 'AVAILABLE', T2, { stationId: 'CS-1', evseId: 1, seq: 5 })).toEqual([]);
  });

  it('should refuse a station EVSE linked twice, duplicate uids and invalid OCPI fields, naming them', () => {
    const twice = adminBody();
    (twice.evses[1] as Record<string, unknown>).station = { stationId: 'CS-1', evseId: 1 };
    expect(() => decideSaveLocation(undefined, 'L', twice, context(T1))).toThrow(expect.objectContaining({ code: 'LOCATION.INVALID', message: expect.stringMatching(/linked to one EVSE/) }));
    const duplicate = adminBody();
    duplicate.evses[1].uid = 'kdom-01-e1';
    expect(() => decideSaveLocation(undefined, 'L', duplicate, context(T1))).toThrow(/each EVSE uid may be used once/);
    expect(() => decideSaveLocation(undefined, 'L', { ...adminBody(), country: 'Germany' }, context(T1))).toThrow(expect.objectContaining({ message: expect.stringMatching(/^country:/) }));
  });

  it('should save one EVSE of an existing location and refuse one of an unknown location', () => {
    const state = fold(undefined, decideSaveLocation(undefined, 'KOELN-DOM-01', adminBody(), context(T1)))!;
    const { uid: _uid, station: _station, ...evse } = adminBody().evses[0] as ReturnType<typeof adminBody>['evses'][0] & { station?: unknown };
    const events = decideSaveEvse(state, 'KOELN-DOM-01', 'KDOM-01-E3', { ...evse, evse_id: 'DE*CMX*E0000103' }, context(T2));
    const next = fold(state, events)!;
    expect(next.location.evses!.map((candidate) => candidate.uid)).toEqual(['KDOM-01-E1', 'KDOM-01-E2', 'KDOM-01-E3']);
    expect(next.location.last_updated).toBe('2026-03-01T11:00:00.000Z');
    expect(locationPushOf(envelope(events[0]))).toMatchObject({ method: 'PUT', path: ['DE', 'CMX', 'KOELN-DOM-01', 'KDOM-01-E3'] });
    expect(() => decideSaveEvse(undefined, 'NOPE', 'E', evse, context(T2))).toThrow(expect.objectContaining({ code: 'LOCATION.NOT_FOUND' }));
    expect(() => decideSaveEvse(state, 'KOELN-DOM-01', 'E9', { ...evse, uid: 'E8' }, context(T2))).toThrow(expect.objectContaining({ code: 'LOCATION.INVALID_ID_MISMATCH' }));
  });

  it('should turn a station status change into an EVSE status event and its PATCH push, once', () => {
    const state = fold(undefined, decideSaveLocation(undefined, 'KOELN-DOM-01', adminBody(), context(T1)))!;
    const events = decideStationStatus(state, 'KDOM-01-E1', 'CHARGING', T2, { stationId: 'CS-1', evseId: 1, seq: 7 });
    expect(locationPushOf(envelope(events[0]))).toEqual({
      cpo: { countryCode: 'DE', partyId: 'CMX' },
      method: 'PATCH',
      path: ['DE', 'CMX', 'KOELN-DOM-01', 'KDOM-01-E1'],
      body: { status: 'CHARGING', last_updated: '2026-03-01T11:00:00.000Z' },
    });
    const next = fold(state, events)!;
    expect([next.location.evses![0].status, next.location.last_updated]).toEqual(['CHARGING', '2026-03-01T11:00:00.000Z']);
    expect(decideStationStatus(next, 'KDOM-01-E1', 'CHARGING', T2, { stationId: 'CS-1', evseId: 1, seq: 8 })).toEqual([]);
  });
});

describe('EVSE status from station connectors', () => {
  it.each([
    [['Available'], undefined, 'AVAILABLE'],
    [['Available', 'Occupied'], undefined, 'CHARGING'],
    [['Reserved', 'Available'], undefined, 'RESERVED'],
    [['Faulted', 'Faulted'], undefined, 'OUTOFORDER'],
    [['Unavailable', 'Faulted'], undefined, 'INOPERATIVE'],
    [[], undefined, 'UNKNOWN'],
    [['Available'], 'Unavailable', 'INOPERATIVE'],
    [['Occupied'], 'Faulted', 'OUTOFORDER'],
  ] as const)('should map %j (station-wide %s) to %s', (connectors, stationWide, expected) => {
    expect(evseStatusOfConnectors(connectors, stationWide)).toBe(expected);
  });

  it('should find the OCPI connector of an OCPP connector by mapping, number or position', () => {
    const evse = { connectors: [{ id: 'A' }, { id: '7' }] } as never;
    expect(ocpiConnectorOf(evse, { stationId: 'S', evseId: 1 }, 1)).toEqual({ id: 'A' });
    expect(ocpiConnectorOf(evse, { stationId: 'S', evseId: 1 }, 7)).toEqual({ id: '7' });
    expect(ocpiConnectorOf(evse, { stationId: 'S', evseId: 1, connectors: { A: 3 } }, 3)).toEqual({ id: 'A' });
    expect(ocpiConnectorOf(evse, { stationId: 'S', evseId: 1 }, undefined)).toBeUndefined();
  });
});
