import type { StationOcppVersion } from '@chargemesh/contracts/station';
import type { ActiveChargingProfileResult, ChargingProfile, ChargingProfileResultType } from '@chargemesh/protocol-ocpi';
import type { StationOutcome } from '../../shared/station-commands.client';
import type { StationAction } from '../../commands/translation/station-actions';

/** Where a session's profile goes: the station EVSE of the session, its transaction, and our id for the session's profile. */
export interface ProfileTarget {
  evseId: number;
  transactionId: string;
  profileId: number;
}

/** OCPI profiles override what the station does for the session (TxProfile), above its own defaults. */
const STACK_LEVEL = 1;

/** SetChargingProfile with a TxProfile for the session's transaction (mod_charging_profiles_cpo_put_method). */
export function setProfileAction(version: StationOcppVersion, target: ProfileTarget, profile: ChargingProfile): StationAction {
  const periods = (profile.charging_profile_period ?? []).map((period) => ({ startPeriod: period.start_period, limit: period.limit }));
  if (periods.length === 0) return { refusal: 'a charging profile without periods cannot be set on a charge point' };
  const kind = profile.start_date_time ? 'Absolute' : 'Relative';
  const schedule = {
    ...(profile.start_date_time ? { startSchedule: profile.start_date_time } : {}),
    ...(profile.duration !== undefined ? { duration: profile.duration } : {}),
    chargingRateUnit: profile.charging_rate_unit,
    chargingSchedulePeriod: periods,
    ...(profile.min_charging_rate !== undefined ? { minChargingRate: profile.min_charging_rate } : {}),
  };
  if (version === '1.6') {
    const transactionId = /^-?[0-9]{1,10}$/.test(target.transactionId) ? { transactionId: Number(target.transactionId) } : {};
    return {
      action: 'SetChargingProfile',
      payload: { connectorId: target.evseId, csChargingProfiles: { chargingProfileId: target.profileId, ...transactionId, stackLevel: STACK_LEVEL, chargingProfilePurpose: 'TxProfile', chargingProfileKind: kind, chargingSchedule: schedule } },
    };
  }
  return {
    action: 'SetChargingProfile',
    payload: {
      evseId: target.evseId,
      chargingProfile: { id: target.profileId, stackLevel: STACK_LEVEL, chargingProfilePurpose: 'TxProfile', chargingProfileKind: kind, transactionId: target.transactionId, chargingSchedule: [{ id: target.profileId, ...schedule }] },
    },
  };
}

/** GetCompositeSchedule over `duration` seconds (mod_charging_profiles_cpo_get_method). */
export function activeProfileAction(version: StationOcppVersion, evseId: number, duration: number): StationAction {
  return version === '1.6' ? { action: 'GetCompositeSchedule', payload: { connectorId: evseId, duration } } : { action: 'GetCompositeSchedule', payload: { duration, evseId } };
}

/** ClearChargingProfile of the session's profile, or of every TxProfile on the EVSE when we never set one. */
export function clearProfileAction(version: StationOcppVersion, evseId: number, profileId: number | undefined): StationAction {
  if (version === '1.6') return { action: 'ClearChargingProfile', payload: { ...(profileId !== undefined ? { id: profileId } : {}), connectorId: evseId, chargingProfilePurpose: 'TxProfile' } };
  return { action: 'ClearChargingProfile', payload: profileId !== undefined ? { chargingProfileId: profileId } : { chargingProfileCriteria: { evseId, chargingProfilePurpose: 'TxProfile' } } };
}

const statusOf = (outcome: StationOutcome) => (outcome.kind === 'answered' && typeof outcome.response['status'] === 'string' ? outcome.response['status'] : undefined);

/** ChargingProfileResult / ClearProfileResult: ACCEPTED, UNKNOWN (no such profile at the charge point) or REJECTED (refused or no answer). */
export function profileResultOf(outcome: StationOutcome): { result: ChargingProfileResultType } {
  const status = statusOf(outcome);
  return { result: status === 'Accepted' ? 'ACCEPTED' : status === 'Unknown' ? 'UNKNOWN' : 'REJECTED' };
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;
const utc = (value: string) => new Date(value).toISOString();

/** The charge point's composite schedule as an ActiveChargingProfileResult (1.6 chargingSchedule, 2.0.1 schedule). */
export function activeProfileResultOf(outcome: StationOutcome, now: Date): ActiveChargingProfileResult {
  if (statusOf(outcome) !== 'Accepted') return { result: 'REJECTED' };
  const response = (outcome as Extract<StationOutcome, { kind: 'answered' }>).response as {
    scheduleStart?: string;
    chargingSchedule?: Schedule;
    schedule?: Schedule;
  };
  const schedule = response.schedule ?? response.chargingSchedule;
  if (!schedule) return { result: 'ACCEPTED' };
  const start = schedule.scheduleStart ?? response.scheduleStart ?? schedule.startSchedule;
  return {
    result: 'ACCEPTED',
    profile: {
      start_date_time: start ? utc(start) : now.toISOString(),
      charging_profile: {
        ...(schedule.duration !== undefined ? { duration: schedule.duration } : {}),
        charging_rate_unit: schedule.chargingRateUnit,
        ...(schedule.minChargingRate !== undefined ? { min_charging_rate: oneDecimal(schedule.minChargingRate) } : {}),
        charging_profile_period: schedule.chargingSchedulePeriod.map((period) => ({ start_period: period.startPeriod, limit: oneDecimal(period.limit) })),
      },
    },
  };
}

interface Schedule {
  scheduleStart?: string;
  startSchedule?: string;
  duration?: number;
  chargingRateUnit: 'W' | 'A';
  minChargingRate?: number;
  chargingSchedulePeriod: { startPeriod: number; limit: number }[];
}
