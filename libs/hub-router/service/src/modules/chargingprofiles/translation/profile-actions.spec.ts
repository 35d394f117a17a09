import standardValidators from 'ocpp-rpc/lib/standard-validators';
import { activeChargingProfileResultSchema, ocpiExamples } from '@chargemesh/protocol-ocpi';
import type { StationAction } from '../../commands/translation/station-actions';
import { activeProfileAction, activeProfileResultOf, clearProfileAction, profileResultOf, setProfileAction } from './profile-actions';

function acceptedByStation(version: '1.6' | '2.0.1', action: StationAction): boolean {
  if ('refusal' in action) throw new Error(action.refusal);
  const validator = standardValidators.find((candidate) => candidate.subprotocol === (version === '1.6' ? 'ocpp1.6' : 'ocpp2.0.1'));
  try {
    return validator?.validate(`urn:${action.action}.req`, structuredClone(action.payload)) === true;
  } catch {
    return false;
  }
}

const profile = ocpiExamples.setChargingProfile().charging_profile;
const target = { evseId: 1, transactionId: '4711', profileId: 9 };

describe('charging profiles: OCPI requests as OCPP actions', () => {
  it.each(['1.6', '2.0.1'] as const)('should build %s actions that a strict charge point accepts', (version) => {
    for (const action of [setProfileAction(version, target, profile), setProfileAction(version, target, { ...profile, start_date_time: '2026-03-01T10:00:00Z' }), activeProfileAction(version, 1, 900), clearProfileAction(version, 1, 9), clearProfileAction(version, 1, undefined)]) {
      expect([action, acceptedByStation(version, action)]).toEqual([action, true]);
    }
  });

  it('should set a TxProfile for the session transaction, and refuse a profile without periods', () => {
    expect(setProfileAction('2.0.1', target, profile)).toMatchObject({ payload: { evseId: 1, chargingProfile: { id: 9, chargingProfilePurpose: 'TxProfile', transactionId: '4711', chargingSchedule: [{ chargingRateUnit: 'W', chargingSchedulePeriod: [{ startPeriod: 0, limit: 11000 }, { startPeriod: 3600, limit: 7400.5 }] }] } } });
    expect(setProfileAction('1.6', target, profile)).toMatchObject({ payload: { connectorId: 1, csChargingProfiles: { chargingProfileId: 9, transactionId: 4711 } } });
    expect(setProfileAction('1.6', target, { charging_rate_unit: 'A' })).toEqual({ refusal: expect.stringMatching(/without periods/) });
  });

  it('should turn composite schedules of both versions into ActiveChargingProfileResults', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    const v201 = activeProfileResultOf({ kind: 'answered', response: { status: 'Accepted', schedule: { evseId: 1, duration: 900, scheduleStart: '2026-03-01T11:00:00+01:00', chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: 16.04 }] } } }, now);
    expect(v201).toEqual({ result: 'ACCEPTED', profile: { start_date_time: '2026-03-01T10:00:00.000Z', charging_profile: { duration: 900, charging_rate_unit: 'A', charging_profile_period: [{ start_period: 0, limit: 16 }] } } });
    expect(activeChargingProfileResultSchema.safeParse(v201).success).toBe(true);
    const v16 = activeProfileResultOf({ kind: 'answered', response: { status: 'Accepted', connectorId: 1, scheduleStart: '2026-03-01T10:00:00Z', chargingSchedule: { chargingRateUnit: 'W', chargingSchedulePeriod: [{ startPeriod: 0, limit: 7400 }] } } }, now);
    expect(v16).toMatchObject({ profile: { start_date_time: '2026-03-01T10:00:00.000Z', charging_profile: { charging_rate_unit: 'W' } } });
    expect(activeProfileResultOf({ kind: 'answered', response: { status: 'Rejected' } }, now)).toEqual({ result: 'REJECTED' });
    expect(activeProfileResultOf({ kind: 'failed', reason: 'timeout', message: 'x' }, now)).toEqual({ result: 'REJECTED' });
  });

  it('should map set and clear answers to ACCEPTED, UNKNOWN or REJECTED', () => {
    expect(profileResultOf({ kind: 'answered', response: { status: 'Accepted' } })).toEqual({ result: 'ACCEPTED' });
    expect(profileResultOf({ kind: 'answered', response: { status: 'Unknown' } })).toEqual({ result: 'UNKNOWN' });
    expect(profileResultOf({ kind: 'answered', response: { status: 'Rejected' } })).toEqual({ result: 'REJECTED' });
    expect(profileResultOf({ kind: 'failed', reason: 'offline', message: 'x' })).toEqual({ result: 'REJECTED' });
  });
});
