import type { EventEnvelope, PendingEvent } from '@chargemesh/contracts/envelope';
import { decideRegisterHostedParty, decideUpdateHostedPartyDetails } from './hosted-party.decisions';
import { evolveHostedParty, type HostedPartyState, initialHostedPartyState } from './hosted-party.state';

const applyAll = (state: HostedPartyState, events: PendingEvent[], at = '2026-11-22T10:00:00Z') =>
  events.reduce(
    (current, event, index) =>
      evolveHostedParty(current, { id: `e${index}`, type: event.definition.name, version: event.definition.version, occurredAt: at, aggregateId: 'NL*ABC', correlationId: 'c', data: event.data } as EventEnvelope),
    state,
  );

const register = { countryCode: 'nl', partyId: 'abc', roles: [{ role: 'CPO' as const, businessDetails: { name: 'Charge NL' } }] };

describe('hosted party decisions', () => {
  it('should register a new party with upper-cased ids', () => {
    const state = applyAll(initialHostedPartyState, decideRegisterHostedParty(initialHostedPartyState, register));
    expect(state).toMatchObject({ registered: true, countryCode: 'NL', partyId: 'ABC', roles: register.roles });
  });

  it('should refuse to register the same party twice', () => {
    const state = applyAll(initialHostedPartyState, decideRegisterHostedParty(initialHostedPartyState, register));
    expect(() => decideRegisterHostedParty(state, register)).toThrow(expect.objectContaining({ code: 'PARTY.ALREADY_REGISTERED' }));
  });

  it('should refuse a role listed twice', () => {
    const twice = { ...register, roles: [register.roles[0], register.roles[0]] };
    expect(() => decideRegisterHostedParty(initialHostedPartyState, twice)).toThrow(expect.objectContaining({ code: 'PARTY.INVALID_ROLES' }));
  });

  it('should update the details of a held role and emit nothing when they did not change', () => {
    const state = applyAll(initialHostedPartyState, decideRegisterHostedParty(initialHostedPartyState, register));
    const update = { countryCode: 'NL', partyId: 'ABC', role: 'CPO' as const, businessDetails: { name: 'Charge Netherlands' } };
    const updated = applyAll(state, decideUpdateHostedPartyDetails(state, update), '2026-11-22T11:00:00Z');
    expect(updated).toMatchObject({ roles: [{ role: 'CPO', businessDetails: { name: 'Charge Netherlands' } }], updatedAt: '2026-11-22T11:00:00Z' });
    expect(decideUpdateHostedPartyDetails(updated, update)).toEqual([]);
  });

  it('should refuse to update an unknown party or a role the party does not hold', () => {
    const update = { countryCode: 'NL', partyId: 'ABC', role: 'EMSP' as const, businessDetails: { name: 'x' } };
    expect(() => decideUpdateHostedPartyDetails(initialHostedPartyState, update)).toThrow(expect.objectContaining({ code: 'PARTY.NOT_FOUND' }));
    const state = applyAll(initialHostedPartyState, decideRegisterHostedParty(initialHostedPartyState, register));
    expect(() => decideUpdateHostedPartyDetails(state, update)).toThrow(expect.objectContaining({ code: 'PARTY.ROLE_NOT_HELD' }));
  });
});
