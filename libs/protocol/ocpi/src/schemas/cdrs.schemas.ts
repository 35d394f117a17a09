import { z } from 'zod';
import {
  authMethodSchema,
  cdrDimensionTypeSchema,
  connectorFormatSchema,
  connectorTypeSchema,
  powerTypeSchema,
  SESSION_ONLY_DIMENSION_TYPES,
  tokenTypeSchema,
} from './enums';
import { ADDRESS_MAX_LENGTH, alpha3CountrySchema, geoLocationSchema, STATE_MAX_LENGTH } from './locations.schemas';
import { tariffSchema } from './tariffs.schemas';
import {
  ciString,
  countryCodeSchema,
  currencySchema,
  dateTimeSchema,
  nonEmptyArray,
  numberSchema,
  ocpiString,
  partyIdSchema,
  priceSchema,
} from './types.schemas';

/* CDRs module (mod_cdrs.asciidoc). CDRs are final: no PUT, no PATCH, corrections by credit CDR. */

/** CdrDimension class (mod_cdrs_cdrdimension_class). */
export const cdrDimensionSchema = z.object({ type: cdrDimensionTypeSchema, volume: numberSchema });
export type CdrDimension = z.infer<typeof cdrDimensionSchema>;

/** ChargingPeriod class (mod_cdrs_chargingperiod_class), shared with Sessions. */
export const chargingPeriodSchema = z.object({
  start_date_time: dateTimeSchema,
  dimensions: nonEmptyArray(cdrDimensionSchema),
  tariff_id: ciString(36).optional(),
});
export type ChargingPeriod = z.infer<typeof chargingPeriodSchema>;

/** CdrToken class (mod_cdrs_cdr_token_object), shared with Sessions. */
export const cdrTokenSchema = z.object({
  country_code: countryCodeSchema,
  party_id: partyIdSchema,
  uid: ciString(36),
  type: tokenTypeSchema,
  contract_id: ciString(36),
});
export type CdrToken = z.infer<typeof cdrTokenSchema>;

/** CdrLocation class (mod_cdrs_cdr_location_class); evse/connector ids may be `#NA` for reservations. */
export const cdrLocationSchema = z.object({
  id: ciString(36),
  name: ocpiString(255).optional(),
  address: ocpiString(ADDRESS_MAX_LENGTH),
  city: ocpiString(45),
  postal_code: ocpiString(10).optional(),
  state: ocpiString(STATE_MAX_LENGTH).optional(),
  country: alpha3CountrySchema,
  coordinates: geoLocationSchema,
  evse_uid: ciString(36),
  evse_id: ciString(48),
  connector_id: ciString(36),
  connector_standard: connectorTypeSchema,
  connector_format: connectorFormatSchema,
  connector_power_type: powerTypeSchema,
});
export type CdrLocation = z.infer<typeof cdrLocationSchema>;

/**
 * SignedValue class (mod_cdrs_signed_value_class). `plain_data` is string(512) in v2.2.1-d2; the
 * release-2.2.1-bugfixes branch (commit 4a91081) calls that a mistake and gives 5000. We accept 5000.
 */
export const signedValueSchema = z.object({
  nature: ciString(32),
  plain_data: ocpiString(5000),
  signed_data: ocpiString(5000),
});
export type SignedValue = z.infer<typeof signedValueSchema>;

/** SignedData class (mod_cdrs_signed_data_class). */
export const signedDataSchema = z.object({
  encoding_method: ciString(36),
  encoding_method_version: z.int().optional(),
  public_key: ocpiString(512).optional(),
  signed_values: nonEmptyArray(signedValueSchema),
  url: ocpiString(512).optional(),
});
export type SignedData = z.infer<typeof signedDataSchema>;

/** CDR object fields (mod_cdrs_cdr_object), without the cross-field rules. */
export const cdrObjectSchema = z.object({
  country_code: countryCodeSchema,
  party_id: partyIdSchema,
  id: ciString(39),
  start_date_time: dateTimeSchema,
  end_date_time: dateTimeSchema,
  session_id: ciString(36).optional(),
  cdr_token: cdrTokenSchema,
  auth_method: authMethodSchema,
  authorization_reference: ciString(36).optional(),
  cdr_location: cdrLocationSchema,
  meter_id: ocpiString(255).optional(),
  currency: currencySchema,
  tariffs: z.array(tariffSchema).optional(),
  charging_periods: nonEmptyArray(chargingPeriodSchema),
  signed_data: signedDataSchema.optional(),
  total_cost: priceSchema,
  total_fixed_cost: priceSchema.optional(),
  total_energy: numberSchema,
  total_energy_cost: priceSchema.optional(),
  total_time: numberSchema,
  total_time_cost: priceSchema.optional(),
  total_parking_time: numberSchema.optional(),
  total_parking_cost: priceSchema.optional(),
  total_reservation_cost: priceSchema.optional(),
  remark: ocpiString(255).optional(),
  invoice_reference_id: ciString(39).optional(),
  credit: z.boolean().optional(),
  credit_reference_id: ciString(39).optional(),
  home_charging_compensation: z.boolean().optional(),
  last_updated: dateTimeSchema,
});

/**
 * CDR object with its rules: a credit CDR names the CDR it credits; a normal CDR id is at most 36
 * characters (39 is only for the credit suffix); Session-only dimension types are not used in CDRs.
 */
export const cdrSchema = cdrObjectSchema.superRefine((cdr, context) => {
  if (cdr.credit === true && cdr.credit_reference_id === undefined) {
    context.addIssue({ code: 'custom', path: ['credit_reference_id'], message: 'is required when credit is true' });
  }
  if (cdr.credit !== true && cdr.id.length > 36) {
    context.addIssue({
      code: 'custom',
      path: ['id'],
      message: 'must be at most 36 characters unless this is a credit CDR',
    });
  }
  cdr.charging_periods.forEach((period, periodIndex) =>
    period.dimensions.forEach((dimension, dimensionIndex) => {
      if (SESSION_ONLY_DIMENSION_TYPES.includes(dimension.type)) {
        context.addIssue({
          code: 'custom',
          path: ['charging_periods', periodIndex, 'dimensions', dimensionIndex, 'type'],
          message: `${dimension.type} may only be used in Sessions, not in CDRs`,
        });
      }
    }),
  );
});
export type Cdr = z.infer<typeof cdrSchema>;
