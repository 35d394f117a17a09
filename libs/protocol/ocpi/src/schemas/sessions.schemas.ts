import { z } from 'zod';
import { cdrTokenSchema, chargingPeriodSchema } from './cdrs.schemas';
import { authMethodSchema, profileTypeSchema, sessionStatusSchema } from './enums';
import { mergePatch, patchOf } from './patch';
import {
  ciString,
  countryCodeSchema,
  currencySchema,
  dateTimeSchema,
  numberSchema,
  ocpiString,
  partyIdSchema,
  priceSchema,
} from './types.schemas';

/* Sessions module (mod_sessions.asciidoc). Data owner: CPO. */

/** Session object (mod_sessions_session_object); evse_uid/connector_id may be `#NA` for a reservation. */
export const sessionSchema = z.object({
  country_code: countryCodeSchema,
  party_id: partyIdSchema,
  id: ciString(36),
  start_date_time: dateTimeSchema,
  end_date_time: dateTimeSchema.optional(),
  kwh: numberSchema,
  cdr_token: cdrTokenSchema,
  auth_method: authMethodSchema,
  authorization_reference: ciString(36).optional(),
  location_id: ciString(36),
  evse_uid: ciString(36),
  connector_id: ciString(36),
  meter_id: ocpiString(255).optional(),
  currency: currencySchema,
  charging_periods: z.array(chargingPeriodSchema).optional(),
  total_cost: priceSchema.optional(),
  status: sessionStatusSchema,
  last_updated: dateTimeSchema,
});
export type Session = z.infer<typeof sessionSchema>;

/** PATCH body for a Session (mod_sessions_patch_method): any subset of fields, always with last_updated. */
export const sessionPatchSchema = patchOf(sessionSchema);
export type SessionPatch = z.infer<typeof sessionPatchSchema>;

/**
 * Applies a Session PATCH: `charging_periods` in a PATCH are appended to the stored ones (an empty
 * or absent list changes nothing); every other field replaces the stored value.
 */
export function mergeSessionPatch(session: Session, patch: SessionPatch): Session {
  const { charging_periods: addedPeriods, ...otherFields } = patch;
  const merged = mergePatch(session, otherFields);
  if (addedPeriods === undefined || addedPeriods.length === 0) return merged;
  return { ...merged, charging_periods: [...(session.charging_periods ?? []), ...addedPeriods] };
}

/** ChargingPreferences object (mod_sessions_charging_preferences_object); discharge_allowed defaults to false. */
export const chargingPreferencesSchema = z.object({
  profile_type: profileTypeSchema,
  departure_time: dateTimeSchema.optional(),
  energy_need: numberSchema.min(0).optional(),
  discharge_allowed: z.boolean().optional(),
});
export type ChargingPreferences = z.infer<typeof chargingPreferencesSchema>;
