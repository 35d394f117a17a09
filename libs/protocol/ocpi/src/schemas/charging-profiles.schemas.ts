import { z } from 'zod';
import { chargingProfileResponseTypeSchema, chargingProfileResultTypeSchema, chargingRateUnitSchema } from './enums';
import { dateTimeSchema, nonNegativeIntSchema, numberSchema, urlSchema } from './types.schemas';

/* ChargingProfiles module (mod_charging_profiles.asciidoc): asynchronous like Commands. */

/** Limits and minimum rates "accept at most one digit fraction (e.g. 8.1)". */
const hasAtMostOneDecimal = (value: number) => Math.round(value * 10) / 10 === value;
const oneDecimalNumberSchema = numberSchema.refine(hasAtMostOneDecimal, {
  error: 'must have at most one decimal, e.g. 8.1',
});

/** ChargingProfilePeriod class (mod_charging_profiles_charging_profile_period_class). */
export const chargingProfilePeriodSchema = z.object({
  start_period: nonNegativeIntSchema,
  limit: oneDecimalNumberSchema,
});
export type ChargingProfilePeriod = z.infer<typeof chargingProfilePeriodSchema>;

/**
 * ChargingProfile class (mod_charging_profiles_charging_profile_class). A period's start_period is
 * also the end of the previous period, so the periods must be in increasing start_period order.
 */
export const chargingProfileSchema = z
  .object({
    start_date_time: dateTimeSchema.optional(),
    duration: nonNegativeIntSchema.optional(),
    charging_rate_unit: chargingRateUnitSchema,
    min_charging_rate: oneDecimalNumberSchema.optional(),
    charging_profile_period: z.array(chargingProfilePeriodSchema).optional(),
  })
  .superRefine((profile, context) => {
    const periods = profile.charging_profile_period ?? [];
    for (let index = 1; index < periods.length; index++) {
      if (periods[index].start_period <= periods[index - 1].start_period) {
        context.addIssue({
          code: 'custom',
          path: ['charging_profile_period', index, 'start_period'],
          message: 'must be greater than the start_period of the previous period',
        });
      }
    }
  });
export type ChargingProfile = z.infer<typeof chargingProfileSchema>;

/** ActiveChargingProfile class (mod_charging_profiles_active_charging_profile_class). */
export const activeChargingProfileSchema = z.object({
  start_date_time: dateTimeSchema,
  charging_profile: chargingProfileSchema,
});
export type ActiveChargingProfile = z.infer<typeof activeChargingProfileSchema>;

/** SetChargingProfile object (mod_charging_profiles_set_charging_profile_object), body of the Receiver PUT. */
export const setChargingProfileSchema = z.object({
  charging_profile: chargingProfileSchema,
  response_url: urlSchema,
});
export type SetChargingProfile = z.infer<typeof setChargingProfileSchema>;

/** ChargingProfileResponse object (mod_charging_profiles_response_object): synchronous answer, timeout in seconds. */
export const chargingProfileResponseSchema = z.object({
  result: chargingProfileResponseTypeSchema,
  timeout: nonNegativeIntSchema,
});
export type ChargingProfileResponse = z.infer<typeof chargingProfileResponseSchema>;

/** ActiveChargingProfileResult object (mod_charging_profiles_active_charging_profiles_result_object). */
export const activeChargingProfileResultSchema = z.object({
  result: chargingProfileResultTypeSchema,
  profile: activeChargingProfileSchema.optional(),
});
export type ActiveChargingProfileResult = z.infer<typeof activeChargingProfileResultSchema>;

/**
 * ChargingProfileResult (result of a PUT) and ClearProfileResult (result of a DELETE) have the same
 * shape; only the response_url they are POSTed to tells them apart.
 */
export const chargingProfileResultSchema = z.object({ result: chargingProfileResultTypeSchema });
export type ChargingProfileResult = z.infer<typeof chargingProfileResultSchema>;
export const clearProfileResultSchema = z.object({ result: chargingProfileResultTypeSchema });
export type ClearProfileResult = z.infer<typeof clearProfileResultSchema>;

/** Query of GET {url}{session_id}?duration=&response_url= (mod_charging_profiles_cpo_get_method). */
export const activeChargingProfileQuerySchema = z.object({
  duration: z
    .string({ error: 'is required (seconds)' })
    .regex(/^[0-9]+$/, { error: 'must be a whole number of seconds' })
    .transform(Number),
  response_url: urlSchema,
});
export type ActiveChargingProfileQuery = z.infer<typeof activeChargingProfileQuerySchema>;

/** Query of DELETE {url}{session_id}?response_url= (mod_charging_profiles_cpo_delete_method). */
export const clearProfileQuerySchema = z.object({ response_url: urlSchema });
export type ClearProfileQuery = z.infer<typeof clearProfileQuerySchema>;
