import type { EventEnvelope, PendingEvent } from '@chargemesh/contracts/envelope';
import { cdrSchema, sessionSchema } from '@chargemesh/protocol-ocpi';
import { context, facts, register } from '../__fixtures__/transactions.fixture';
import { type CpoSessionState, evolveCpoSession, initialCpoSession } from './cpo-session.aggregate';
import { reconcileTransaction, type SessionStartInput } from './reconcile-transaction';

const emsp = { countryCode: 'DE', partyId: 'MSP' };
const start: SessionStartInput = {
  context: context(),
  owner: { receiver: { kind: 'ocpi', party: emsp }, cdrToken: { country_code: 'DE', party_id: 'MSP', type: 'RFID', personalRef: '1c2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f' } },
  stationTokenRef: '0b6c3a4e-3c1e-4d59-9d0e-5b9a7c1f2e01',
};
const now = new Date('2024-01-15T12:00:00.000Z');

/** Folds pending events the way the store would (envelope fields that evolve does not read are dummies). */
const apply = (state: CpoSessionState, events: PendingEvent[]): CpoSessionState =>
  events.reduce((current, event) => evolveCpoSession(current, { type: event.definition.name, data: event.data } as EventEnvelope), state);

const readings = [register('2024-01-15T08:00:00.000Z', 1_520_300), register('2024-01-15T09:00:00.000Z', 1_530_300), register('2024-01-15T10:00:00.000Z', 1_540_300)];

describe('reconcileTransaction', () => {
  it('should start the session of a new transaction with the context of its start', () => {
    const { events, cdr } = reconcileTransaction(initialCpoSession, facts(), start, now);
    expect(events.map((event) => event.definition.name)).toEqual(['ChargingSessionStarted.v1']);
    expect(cdr).toBeUndefined();
    expect(events[0].data).toMatchObject({
      cpo: { countryCode: 'NL', partyId: 'CMX' },
      receiver: { kind: 'ocpi', party: emsp },
      stationSeq: 1,
      session: { id: 'S-1', status: 'ACTIVE', kwh: 0, location_id: 'LOC1', evse_uid: 'EVSE1', connector_id: '1', currency: 'EUR', charging_periods: [], total_cost: { excl_vat: 1, incl_vat: 1.1 } },
    });
  });

  it('should update kWh and the live cost, show only closed periods, and do nothing for facts it already reflects', () => {
    const started = apply(initialCpoSession, reconcileTransaction(initialCpoSession, facts(), start, now).events);
    const later = facts({ readings: readings.slice(0, 2), lastSeq: 2 });
    const { events } = reconcileTransaction(started, later, undefined, now);
    expect(events.map((event) => event.definition.name)).toEqual(['ChargingSessionUpdated.v1']);
    expect(events[0].data).toMatchObject({ stationSeq: 2, session: { kwh: 10, total_cost: { excl_vat: 3.5, incl_vat: 3.85 }, charging_periods: [] } });
    const updated = apply(started, events);
    expect(reconcileTransaction(updated, later, undefined, now).events).toEqual([]);
    // A replay of older facts (a lower stream position) changes nothing either.
    expect(reconcileTransaction(updated, { ...later, lastSeq: 1 }, undefined, now).events).toEqual([]);
  });

  it('should complete the session and draft a CDR with exact amounts when the transaction ended', () => {
    const started = apply(initialCpoSession, reconcileTransaction(initialCpoSession, facts(), start, now).events);
    const ended = facts({ readings, endedAt: '2024-01-15T10:00:00.000Z', lastSeq: 3 });
    const { events, cdr } = reconcileTransaction(started, ended, undefined, now);
    expect(events.map((event) => event.definition.name)).toEqual(['ChargingSessionCompleted.v1']);
    expect(events[0].data).toMatchObject({ session: { status: 'COMPLETED', end_date_time: '2024-01-15T10:00:00.000Z', kwh: 20, total_cost: { excl_vat: 6, incl_vat: 6.6 } } });
    expect(cdr?.receiver).toEqual({ kind: 'ocpi', party: emsp });
    expect(cdr?.cdr).toMatchObject({
      id: 'S-1',
      session_id: 'S-1',
      start_date_time: '2024-01-15T08:00:00.000Z',
      end_date_time: '2024-01-15T10:00:00.000Z',
      total_energy: 20,
      total_time: 2,
      total_parking_time: 0,
      total_cost: { excl_vat: 6, incl_vat: 6.6 },
      total_fixed_cost: { excl_vat: 1, incl_vat: 1.1 },
      total_energy_cost: { excl_vat: 5, incl_vat: 5.5 },
      tariffs: [expect.objectContaining({ id: 'T-ENERGY' })],
      cdr_location: expect.objectContaining({ evse_uid: 'EVSE1', connector_standard: 'IEC_62196_T2' }),
      charging_periods: [{ start_date_time: '2024-01-15T08:00:00.000Z', tariff_id: 'T-ENERGY', dimensions: expect.arrayContaining([{ type: 'ENERGY', volume: 20 }, { type: 'TIME', volume: 2 }]) }],
    });
  });

  it('should produce a Session and a CDR that are valid OCPI 2.2.1 objects once the token is added', () => {
    const cdrToken = { country_code: 'DE', party_id: 'MSP', uid: '04A1B2C3', type: 'RFID', contract_id: 'DE-MSP-C12345-6' };
    const { events, cdr } = reconcileTransaction(initialCpoSession, facts({ readings, endedAt: '2024-01-15T10:00:00.000Z' }), start, now);
    for (const event of events) {
      const checked = sessionSchema.safeParse({ ...(event.data as { session: object }).session, cdr_token: cdrToken });
      expect(checked.error?.issues).toBeUndefined();
    }
    const checked = cdrSchema.safeParse({ ...cdr?.cdr, cdr_token: cdrToken });
    expect(checked.error?.issues).toBeUndefined();
  });

  it('should start and complete at once a transaction replayed whole, and keep drafting its CDR after completion', () => {
    const ended = facts({ readings, endedAt: '2024-01-15T10:00:00.000Z', lastSeq: 9 });
    const first = reconcileTransaction(initialCpoSession, ended, start, now);
    expect(first.events.map((event) => event.definition.name)).toEqual(['ChargingSessionStarted.v1', 'ChargingSessionCompleted.v1']);
    const completed = apply(initialCpoSession, first.events);
    const again = reconcileTransaction(completed, { ...ended, lastSeq: 12, readings: [...readings, register('2024-01-15T10:05:00.000Z', 1_541_000)] }, undefined, now);
    expect(again.events).toEqual([]);
    expect(again.cdr?.cdr.total_cost).toEqual({ excl_vat: 6, incl_vat: 6.6 });
  });

  it('should charge nothing and say why when the connector has no tariff', () => {
    const noTariff = { ...start, context: context({ tariff: undefined }) };
    const { cdr, events } = reconcileTransaction(initialCpoSession, facts({ readings, endedAt: '2024-01-15T10:00:00.000Z' }), noTariff, now);
    expect(events[1].data).toMatchObject({ session: { kwh: 20 } });
    expect((events[1].data as { session: object }).session).not.toHaveProperty('total_cost');
    expect(cdr?.cdr).toMatchObject({ total_cost: { excl_vat: 0 }, remark: expect.stringContaining('No tariff') });
    expect(cdr?.cdr).not.toHaveProperty('tariffs');
    expect((cdr?.cdr.charging_periods as object[])[0]).not.toHaveProperty('tariff_id');
  });

  it('should keep an unknown token owner on the session and its CDR draft', () => {
    const unknown = { ...start, owner: { receiver: { kind: 'unknown' as const, reason: 'TOKEN.NOT_FOUND_REF' } } };
    const { events, cdr } = reconcileTransaction(initialCpoSession, facts({ readings, endedAt: '2024-01-15T10:00:00.000Z' }), unknown, now);
    expect(events[0].data).not.toHaveProperty('cdrToken');
    expect(cdr).toMatchObject({ receiver: { kind: 'unknown' } });
    expect(cdr).not.toHaveProperty('cdrToken');
  });
});
