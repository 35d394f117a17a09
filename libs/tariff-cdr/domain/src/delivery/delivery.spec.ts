import type { EventEnvelope, PendingEvent } from '@chargemesh/contracts/envelope';
import { TARIFF_CDR_ERRORS } from '@chargemesh/contracts/tariff';
import { type CpoCdrState, decideAssignReceiver, decideDelivered, decideIssueCdr, decideRedelivery, decideRejected, evolveCpoCdr, initialCpoCdr } from './cpo-cdr.aggregate';
import { outcomeOfReply, retryDelayMs } from './delivery-outcome';
import { assignedReceiverOf } from './assigned-receiver';
import { oicpCdrOf } from './oicp-cdr';
import { planSessionPush } from './session-push';

const apply = (state: CpoCdrState, events: PendingEvent[]) => events.reduce((current, event) => evolveCpoCdr(current, { type: event.definition.name, data: event.data } as EventEnvelope), state);
const token = { country_code: 'DE', party_id: 'MSP', type: 'RFID', personalRef: '1c2e3f40-5a6b-4c7d-8e9f-0a1b2c3d4e5f' };
const issue = (receiver: { kind: 'ocpi'; party: { countryCode: string; partyId: string } } | { kind: 'unknown'; reason: string }) => ({
  cpo: { countryCode: 'NL', partyId: 'CMX' },
  cdrId: 'S-1',
  sessionId: 'S-1',
  stationId: 'CS-1',
  transactionId: 'TX-1',
  draft: { cdr: { id: 'S-1' }, receiver, ...(receiver.kind === 'ocpi' ? { cdrToken: token } : {}) },
});

describe('CPO CDR lifecycle', () => {
  it('should issue a CDR once, however often it is drafted', () => {
    const issued = apply(initialCpoCdr, decideIssueCdr(initialCpoCdr, issue({ kind: 'ocpi', party: { countryCode: 'DE', partyId: 'MSP' } })));
    expect(issued).toMatchObject({ issued: true, delivery: 'pending' });
    expect(decideIssueCdr(issued, issue({ kind: 'ocpi', party: { countryCode: 'DE', partyId: 'MSP' } }))).toEqual([]);
  });

  it('should let a waiting CDR take its receiver once, then be delivered once', () => {
    const waiting = apply(initialCpoCdr, decideIssueCdr(initialCpoCdr, issue({ kind: 'unknown', reason: 'TOKEN.NOT_FOUND_REF' })));
    expect(waiting.delivery).toBe('waiting');
    expect(decideDelivered(waiting, { attempts: 1, at: new Date() })).toEqual([]);
    const pendingCdr = apply(waiting, decideAssignReceiver(waiting, { kind: 'ocpi', party: { countryCode: 'DE', partyId: 'MSP' } }, token));
    expect(pendingCdr.delivery).toBe('pending');
    expect(decideAssignReceiver(pendingCdr, { kind: 'ocpi', party: { countryCode: 'FR', partyId: 'XYZ' } }, token)).toEqual([]);
    const delivered = apply(pendingCdr, decideDelivered(pendingCdr, { location: 'https://emsp.example/cdrs/1', attempts: 3, at: new Date() }));
    expect(delivered).toMatchObject({ delivery: 'delivered', location: 'https://emsp.example/cdrs/1' });
    expect(decideDelivered(delivered, { attempts: 4, at: new Date() })).toEqual([]);
  });

  it('should retry a rejected CDR only when an admin asks', () => {
    const issued = apply(initialCpoCdr, decideIssueCdr(initialCpoCdr, issue({ kind: 'ocpi', party: { countryCode: 'DE', partyId: 'MSP' } })));
    expect(() => decideRedelivery(issued, undefined)).toThrow(expect.objectContaining({ code: TARIFF_CDR_ERRORS.cdrNotRejected }));
    const rejected = apply(issued, decideRejected(issued, { attempts: 1, statusCode: 2001, httpStatus: 200, message: 'bad' }));
    expect(rejected.delivery).toBe('rejected');
    expect(apply(rejected, decideRedelivery(rejected, 'fixed the tariff')).delivery).toBe('pending');
  });
});

describe('attempt outcomes', () => {
  it('should accept only a 1xxx with a 2xx, reading the Location header in any letter case', () => {
    expect(outcomeOfReply({ httpStatus: 201, statusCode: 1000, headers: { location: 'https://x/cdrs/1' } })).toEqual({ kind: 'accepted', httpStatus: 201, location: 'https://x/cdrs/1' });
    expect(outcomeOfReply({ httpStatus: 200, statusCode: 2001, statusMessage: 'missing field', headers: {} })).toMatchObject({ kind: 'rejected', statusCode: 2001 });
    for (const [httpStatus, statusCode] of [[200, 3000], [200, 4001], [200, 4003], [503, 3000], [500, 2000]]) {
      expect(outcomeOfReply({ httpStatus, statusCode, headers: {} }).kind).toBe('retry');
    }
  });

  it('should back off exponentially up to the maximum', () => {
    expect([1, 2, 3, 4, 10, 100].map((attempts) => retryDelayMs(attempts, { baseMs: 1000, maxMs: 30_000 }))).toEqual([1000, 2000, 4000, 8000, 30_000, 30_000]);
  });
});

describe('planSessionPush', () => {
  const period = (hour: number) => ({ start_date_time: `2024-01-15T0${hour}:00:00Z`, dimensions: [{ type: 'TIME', volume: 1 }] });
  const session = { id: 'S-1', kwh: 1, status: 'ACTIVE', charging_periods: [period(8)], last_updated: 'a' };

  it('should PUT what the receiver has never accepted, and send nothing when it has it all', () => {
    expect(planSessionPush(undefined, session)).toEqual({ method: 'PUT', body: session });
    expect(planSessionPush(session, { ...session })).toBeUndefined();
  });

  it('should PATCH changed fields and the new periods only, always with last_updated', () => {
    const next = { ...session, kwh: 5, charging_periods: [period(8), period(9)], last_updated: 'b' };
    expect(planSessionPush(session, next)).toEqual({ method: 'PATCH', body: { kwh: 5, charging_periods: [period(9)], last_updated: 'b' } });
  });

  it('should PUT when periods already sent changed or a field went away', () => {
    expect(planSessionPush(session, { ...session, charging_periods: [period(7)], last_updated: 'b' })?.method).toBe('PUT');
    const { status: _gone, ...withoutStatus } = session;
    expect(planSessionPush(session, { ...withoutStatus, last_updated: 'b' })?.method).toBe('PUT');
  });
});

describe('oicpCdrOf', () => {
  it('should map an OCPI CDR to an OICP ChargeDetailRecord with kWh to three decimals', () => {
    const cdr = { id: 'b3c1', session_id: '9f0c4a1e-1b2c-5d3e-8f40-112233445566', start_date_time: '2024-01-15T08:00:00.000Z', end_date_time: '2024-01-15T10:00:00.000Z', total_energy: 20.12345, cdr_location: { evse_id: 'DE*ABC*E1' } };
    expect(oicpCdrOf(cdr, { RFIDMifareFamilyIdentification: { UID: '04A1B2C3' } })).toEqual({
      SessionID: '9f0c4a1e-1b2c-5d3e-8f40-112233445566',
      CPOPartnerSessionID: 'b3c1',
      EvseID: 'DE*ABC*E1',
      Identification: { RFIDMifareFamilyIdentification: { UID: '04A1B2C3' } },
      ChargingStart: '2024-01-15T08:00:00.000Z',
      ChargingEnd: '2024-01-15T10:00:00.000Z',
      SessionStart: '2024-01-15T08:00:00.000Z',
      SessionEnd: '2024-01-15T10:00:00.000Z',
      ConsumedEnergy: 20.123,
    });
  });
});

describe('assignedReceiverOf', () => {
  it('should take an eMSP and its CdrToken, keeping uid and contract id apart as personal data', () => {
    const token = { country_code: 'de', party_id: 'msp', uid: '04A1', type: 'RFID' as const, contract_id: 'DE-MSP-C1' };
    expect(assignedReceiverOf({ kind: 'ocpi', cdrToken: token })).toEqual({
      receiver: { kind: 'ocpi', party: { countryCode: 'DE', partyId: 'MSP' } },
      token: { country_code: 'de', party_id: 'msp', type: 'RFID' },
      personal: { uid: '04A1', contract_id: 'DE-MSP-C1' },
    });
  });

  it('should read an OICP ProviderID in any spelling and keep the Identification with the personal data', () => {
    const identification = { RFIDMifareFamilyIdentification: { UID: '04A1' } };
    for (const providerId of ['DE*ABC', 'de-abc', 'DEABC']) {
      expect(assignedReceiverOf({ kind: 'oicp', providerId, identification })).toEqual({
        receiver: { kind: 'oicp', providerId: providerId.toUpperCase() },
        token: { country_code: 'DE', party_id: 'ABC', type: 'OTHER' },
        personal: { uid: '#NA', contract_id: '#NA', identification },
      });
    }
  });
});
