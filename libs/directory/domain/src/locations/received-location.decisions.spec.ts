import type { PendingEvent } from '@chargemesh/contracts/envelope';
import { type Location, ocpiExamples } from '@chargemesh/protocol-ocpi';
import { applyLocationChange } from './location-tree';
import { decideReceivedLocationPush, type ReceivedLocationDecision, type ReceivedLocationPush } from './received-location.decisions';

const CPO = { countryCode: 'DE', partyId: 'CMX' };
const push = (overrides: Partial<ReceivedLocationPush>): ReceivedLocationPush => ({
  receiver: { countryCode: 'NL', partyId: 'EVM' },
  sender: CPO,
  senderIsHub: false,
  owner: CPO,
  locationId: 'KOELN-DOM-01',
  method: 'PUT',
  body: ocpiExamples.location(),
  ...overrides,
});

/** The location after a stored decision, as the projection folds it. */
function stored(current: Location | undefined, decision: ReceivedLocationDecision): Location {
  if (decision.kind !== 'store') throw new Error(`expected a stored change, got ${decision.kind}`);
  const data = (decision.event as PendingEvent).data as { method: 'PUT' | 'PATCH'; object: Record<string, unknown>; evseUid?: string; connectorId?: string };
  return applyLocationChange(current, data);
}

describe('locations Receiver: pushes from a CPO to an eMSP hosted here', () => {
  const held = ocpiExamples.location();

  it('should store a new location as created and a replaced one as updated', () => {
    const first = decideReceivedLocationPush(undefined, push({}));
    expect(first).toMatchObject({ kind: 'store', created: true });
    expect(stored(undefined, first)).toEqual(held);
    const replaced = decideReceivedLocationPush(held, push({ body: { ...held, name: 'Neu', last_updated: '2026-02-11T00:00:00Z' } }));
    expect(replaced).toMatchObject({ kind: 'store', created: false });
  });

  it('should refuse a push whose URL names another party than the sender, unless a Hub broadcasts it', () => {
    const spoofed = push({ sender: { countryCode: 'DE', partyId: 'XYZ' } });
    expect(() => decideReceivedLocationPush(undefined, spoofed)).toThrow(expect.objectContaining({ code: 'LOCATION.INVALID_OWNER' }));
    expect(decideReceivedLocationPush(undefined, { ...spoofed, senderIsHub: true })).toMatchObject({ kind: 'store' });
  });

  it('should answer an id that differs between URL and body with the id mismatch refusal', () => {
    expect(() => decideReceivedLocationPush(undefined, push({ locationId: 'OTHER' }))).toThrow(expect.objectContaining({ code: 'LOCATION.INVALID_ID_MISMATCH', message: expect.stringMatching(/location_id/) }));
    expect(() => decideReceivedLocationPush(undefined, push({ owner: { countryCode: 'de', partyId: 'cmx' } }))).not.toThrow();
    const evse = held.evses![0];
    expect(() => decideReceivedLocationPush(held, push({ evseUid: 'KDOM-01-E9', body: evse }))).toThrow(expect.objectContaining({ code: 'LOCATION.INVALID_ID_MISMATCH' }));
  });

  it('should refuse a PATCH without last_updated and name the field', () => {
    expect(() => decideReceivedLocationPush(held, push({ method: 'PATCH', evseUid: 'KDOM-01-E1', body: { status: 'CHARGING' } }))).toThrow(
      expect.objectContaining({ code: 'LOCATION.INVALID', message: expect.stringMatching(/last_updated: is required/) }),
    );
  });

  it('should apply an EVSE status PATCH and move the location last_updated along', () => {
    const decision = decideReceivedLocationPush(held, push({ method: 'PATCH', evseUid: 'kdom-01-e1', body: { status: 'CHARGING', last_updated: '2026-02-12T10:00:00Z' } }));
    const after = stored(held, decision);
    expect(after.evses![0]).toMatchObject({ status: 'CHARGING', last_updated: '2026-02-12T10:00:00Z', connectors: held.evses![0].connectors });
    expect(after.last_updated).toBe('2026-02-12T10:00:00Z');
  });

  it('should put a connector and set the new last_updated on its EVSE and location', () => {
    const connector = { ...held.evses![0].connectors[0], id: '2', last_updated: '2026-02-13T00:00:00Z' };
    const after = stored(held, decideReceivedLocationPush(held, push({ evseUid: 'KDOM-01-E1', connectorId: '2', body: connector })));
    expect(after.evses![0].connectors.map((c) => c.id)).toEqual(['1', '2']);
    expect([after.evses![0].last_updated, after.last_updated]).toEqual(['2026-02-13T00:00:00Z', '2026-02-13T00:00:00Z']);
  });

  it('should answer unknown parents with the unknown location codes and store nothing', () => {
    const connector = held.evses![0].connectors[0];
    expect(() => decideReceivedLocationPush(undefined, push({ method: 'PATCH', body: { name: 'x', last_updated: '2026-02-12T00:00:00Z' } }))).toThrow(expect.objectContaining({ code: 'LOCATION.NOT_FOUND' }));
    expect(() => decideReceivedLocationPush(undefined, push({ evseUid: 'KDOM-01-E1', body: held.evses![0] }))).toThrow(expect.objectContaining({ code: 'LOCATION.NOT_FOUND' }));
    expect(() => decideReceivedLocationPush(held, push({ evseUid: 'NOPE', connectorId: '1', body: connector }))).toThrow(expect.objectContaining({ code: 'LOCATION.NOT_FOUND_EVSE' }));
    expect(() => decideReceivedLocationPush(held, push({ method: 'PATCH', evseUid: 'NOPE', body: { status: 'CHARGING', last_updated: '2026-02-12T00:00:00Z' } }))).toThrow(
      expect.objectContaining({ code: 'LOCATION.NOT_FOUND_EVSE' }),
    );
    expect(() => decideReceivedLocationPush(held, push({ method: 'PATCH', evseUid: 'KDOM-01-E1', connectorId: '9', body: { last_updated: '2026-02-12T00:00:00Z' } }))).toThrow(
      expect.objectContaining({ code: 'LOCATION.NOT_FOUND_CONNECTOR' }),
    );
  });

  it('should acknowledge without storing a repeated push and one older than what is held', () => {
    expect(decideReceivedLocationPush(held, push({}))).toEqual({ kind: 'unchanged', created: false });
    const older = push({ method: 'PATCH', evseUid: 'KDOM-01-E1', body: { status: 'CHARGING', last_updated: '2026-01-01T00:00:00Z' } });
    expect(decideReceivedLocationPush(held, older)).toEqual({ kind: 'unchanged', created: false });
  });

  it('should refuse a PATCH that would leave an invalid location', () => {
    const patch = { publish_allowed_to: [{ visual_number: '123', issuer: 'X' }], last_updated: '2026-02-12T00:00:00Z' };
    expect(() => decideReceivedLocationPush(held, push({ method: 'PATCH', body: patch }))).toThrow(expect.objectContaining({ code: 'LOCATION.INVALID', message: expect.stringMatching(/publish_allowed_to/) }));
  });

  it('should refuse a body that breaks the schema and name each field', () => {
    const bad = { ...held, coordinates: { latitude: 'north', longitude: '6.95' }, time_zone: 'Mars/Olympus' };
    expect(() => decideReceivedLocationPush(undefined, push({ body: bad }))).toThrow(expect.objectContaining({ message: expect.stringMatching(/coordinates\.latitude.*time_zone|time_zone.*coordinates\.latitude/) }));
  });
});
