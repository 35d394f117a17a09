import { z } from 'zod';
import {
  capabilitySchema,
  connectorFormatSchema,
  connectorTypeSchema,
  energySourceCategorySchema,
  environmentalImpactCategorySchema,
  evseStatusSchema,
  facilitySchema,
  imageCategorySchema,
  parkingRestrictionSchema,
  parkingTypeSchema,
  powerTypeSchema,
  tokenTypeSchema,
} from './enums';
import {
  ciString,
  countryCodeSchema,
  dateTimeSchema,
  displayTextSchema,
  intSchema,
  nonEmptyArray,
  nonNegativeIntSchema,
  numberSchema,
  ocpiString,
  partyIdSchema,
  urlSchema,
} from './types.schemas';
import { patchOf } from './patch';

/* Locations module (mod_locations.asciidoc) and the classes other modules borrow from it. */

/**
 * Location and CdrLocation address limits. v2.2.1-d2 says address string(45) and state string(20);
 * the release-2.2.1-bugfixes branch (commit 96baa5d) calls those a mistake and gives 255 and 45.
 * We follow the erratum, also for CdrLocation, which copies the Location's address into the CDR.
 */
export const ADDRESS_MAX_LENGTH = 255;
export const STATE_MAX_LENGTH = 45;

/** Country of a location: ISO 3166-1 alpha-3, string(3). */
export const alpha3CountrySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: 'must be a 3-letter ISO 3166-1 alpha-3 country code' });

const LATITUDE_PATTERN = /^-?[0-9]{1,2}\.[0-9]{5,7}$/;
const LONGITUDE_PATTERN = /^-?[0-9]{1,3}\.[0-9]{5,7}$/;

/**
 * Latitude and longitude follow the spec's regexes. The spec also says string(10) and string(11),
 * which the regexes exceed for negative 7-decimal values; we keep the regexes so southern and
 * western coordinates with full precision stay valid.
 */
const latitudeSchema = z
  .string()
  .regex(LATITUDE_PATTERN, { error: 'must be a decimal latitude with 5 to 7 decimals, e.g. 50.770774' })
  .refine((value) => Math.abs(Number(value)) <= 90, { error: 'must be between -90 and 90' });
const longitudeSchema = z
  .string()
  .regex(LONGITUDE_PATTERN, { error: 'must be a decimal longitude with 5 to 7 decimals, e.g. -126.104965' })
  .refine((value) => Math.abs(Number(value)) <= 180, { error: 'must be between -180 and 180' });

/** GeoLocation class (mod_locations_geolocation_class), WGS 84. */
export const geoLocationSchema = z.object({ latitude: latitudeSchema, longitude: longitudeSchema });
export type GeoLocation = z.infer<typeof geoLocationSchema>;

/** AdditionalGeoLocation class (mod_locations_additionalgeolocation_class). */
export const additionalGeoLocationSchema = geoLocationSchema.extend({ name: displayTextSchema.optional() });
export type AdditionalGeoLocation = z.infer<typeof additionalGeoLocationSchema>;

/** Image class (mod_locations_image_class); width and height are int(5). */
export const imageSchema = z.object({
  url: urlSchema,
  thumbnail: urlSchema.optional(),
  category: imageCategorySchema,
  type: ciString(4),
  width: intSchema.min(0).max(99999).optional(),
  height: intSchema.min(0).max(99999).optional(),
});
export type Image = z.infer<typeof imageSchema>;

/** BusinessDetails class (mod_locations_businessdetails_class). */
export const businessDetailsSchema = z.object({
  name: ocpiString(100),
  website: urlSchema.optional(),
  logo: imageSchema.optional(),
});
export type BusinessDetails = z.infer<typeof businessDetailsSchema>;

/** EnergySource class (mod_locations_energysource_class). */
export const energySourceSchema = z.object({
  source: energySourceCategorySchema,
  percentage: numberSchema.min(0).max(100),
});
export type EnergySource = z.infer<typeof energySourceSchema>;

/** EnvironmentalImpact class (mod_locations_environmentalimpact_class), g/kWh. */
export const environmentalImpactSchema = z.object({
  category: environmentalImpactCategorySchema,
  amount: numberSchema.min(0),
});
export type EnvironmentalImpact = z.infer<typeof environmentalImpactSchema>;

/** EnergyMix class (mod_locations_energymix_class), also used by Tariff. */
export const energyMixSchema = z.object({
  is_green_energy: z.boolean(),
  energy_sources: z.array(energySourceSchema).optional(),
  environ_impact: z.array(environmentalImpactSchema).optional(),
  supplier_name: ocpiString(64).optional(),
  energy_product_name: ocpiString(64).optional(),
});
export type EnergyMix = z.infer<typeof energyMixSchema>;

/** Local time of day `HH:MM`, 24h with leading zeros (RegularHours, TariffRestrictions). */
export const timeOfDaySchema = z
  .string()
  .regex(/^([0-1][0-9]|2[0-3]):[0-5][0-9]$/, { error: 'must be a 24h time of day such as 18:15' });

/** RegularHours class (mod_locations_regularhours_class): period_end must be later than period_begin. */
export const regularHoursSchema = z
  .object({
    weekday: intSchema
      .min(1, { error: 'must be 1 (Monday) to 7 (Sunday)' })
      .max(7, { error: 'must be 1 (Monday) to 7 (Sunday)' }),
    period_begin: timeOfDaySchema,
    period_end: timeOfDaySchema,
  })
  .refine((hours) => hours.period_end > hours.period_begin, {
    error: 'must be later than period_begin',
    path: ['period_end'],
  });
export type RegularHours = z.infer<typeof regularHoursSchema>;

/** ExceptionalPeriod class (mod_locations_exceptionalperiod_class). */
export const exceptionalPeriodSchema = z.object({ period_begin: dateTimeSchema, period_end: dateTimeSchema });
export type ExceptionalPeriod = z.infer<typeof exceptionalPeriodSchema>;

/** Hours class (mod_locations_hours_class): regular_hours only, and then at least one, when not 24/7. */
export const hoursSchema = z
  .object({
    twentyfourseven: z.boolean(),
    regular_hours: z.array(regularHoursSchema).optional(),
    exceptional_openings: z.array(exceptionalPeriodSchema).optional(),
    exceptional_closings: z.array(exceptionalPeriodSchema).optional(),
  })
  .superRefine((hours, context) => {
    const regular = hours.regular_hours ?? [];
    if (!hours.twentyfourseven && regular.length === 0) {
      context.addIssue({
        code: 'custom',
        path: ['regular_hours'],
        message: 'must contain at least one entry when twentyfourseven is false',
      });
    }
    if (hours.twentyfourseven && regular.length > 0) {
      context.addIssue({
        code: 'custom',
        path: ['regular_hours'],
        message: 'must not be used when twentyfourseven is true',
      });
    }
  });
export type Hours = z.infer<typeof hoursSchema>;

/**
 * PublishTokenType class (mod_locations_publish_token_class): at least one of uid, visual_number,
 * group_id; uid needs type; visual_number needs issuer.
 */
export const publishTokenTypeSchema = z
  .object({
    uid: ciString(36).optional(),
    type: tokenTypeSchema.optional(),
    visual_number: ocpiString(64).optional(),
    issuer: ocpiString(64).optional(),
    group_id: ciString(36).optional(),
  })
  .superRefine((token, context) => {
    if (token.uid === undefined && token.visual_number === undefined && token.group_id === undefined) {
      context.addIssue({
        code: 'custom',
        path: [],
        message: 'must set at least one of uid, visual_number or group_id',
      });
    }
    if (token.uid !== undefined && token.type === undefined) {
      context.addIssue({ code: 'custom', path: ['type'], message: 'is required when uid is set' });
    }
    if (token.visual_number !== undefined && token.issuer === undefined) {
      context.addIssue({ code: 'custom', path: ['issuer'], message: 'is required when visual_number is set' });
    }
  });
export type PublishTokenType = z.infer<typeof publishTokenTypeSchema>;

/** StatusSchedule class (mod_locations_statusschedule_class). */
export const statusScheduleSchema = z.object({
  period_begin: dateTimeSchema,
  period_end: dateTimeSchema.optional(),
  status: evseStatusSchema,
});
export type StatusSchedule = z.infer<typeof statusScheduleSchema>;

/** Connector object fields (mod_locations_connector_object). */
export const connectorObjectSchema = z.object({
  id: ciString(36),
  standard: connectorTypeSchema,
  format: connectorFormatSchema,
  power_type: powerTypeSchema,
  max_voltage: nonNegativeIntSchema,
  max_amperage: nonNegativeIntSchema,
  max_electric_power: nonNegativeIntSchema.optional(),
  tariff_ids: z.array(ciString(36)).optional(),
  terms_and_conditions: urlSchema.optional(),
  last_updated: dateTimeSchema,
});
export const connectorSchema = connectorObjectSchema;
export type Connector = z.infer<typeof connectorSchema>;

/** EVSE object fields (mod_locations_evse_object); `connectors` is `+`. */
export const evseObjectSchema = z.object({
  uid: ciString(36),
  evse_id: ciString(48).optional(),
  status: evseStatusSchema,
  status_schedule: z.array(statusScheduleSchema).optional(),
  capabilities: z.array(capabilitySchema).optional(),
  connectors: nonEmptyArray(connectorSchema),
  floor_level: ocpiString(4).optional(),
  coordinates: geoLocationSchema.optional(),
  physical_reference: ocpiString(16).optional(),
  directions: z.array(displayTextSchema).optional(),
  parking_restrictions: z.array(parkingRestrictionSchema).optional(),
  images: z.array(imageSchema).optional(),
  last_updated: dateTimeSchema,
});
export const evseSchema = evseObjectSchema;
export type Evse = z.infer<typeof evseSchema>;

const isIanaTimeZone = (value: string): boolean => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

/** An IANA tzdata zone such as "Europe/Oslo" (Location.time_zone), needed to apply local-time tariff restrictions. */
export const timeZoneSchema = ocpiString(255).refine(isIanaTimeZone, {
  error: 'must be an IANA time zone such as Europe/Berlin',
});

/** Location object fields (mod_locations_location_object), without the cross-field rules. */
export const locationObjectSchema = z.object({
  country_code: countryCodeSchema,
  party_id: partyIdSchema,
  id: ciString(36),
  publish: z.boolean(),
  publish_allowed_to: z.array(publishTokenTypeSchema).optional(),
  name: ocpiString(255).optional(),
  address: ocpiString(ADDRESS_MAX_LENGTH),
  city: ocpiString(45),
  postal_code: ocpiString(10).optional(),
  state: ocpiString(STATE_MAX_LENGTH).optional(),
  country: alpha3CountrySchema,
  coordinates: geoLocationSchema,
  related_locations: z.array(additionalGeoLocationSchema).optional(),
  parking_type: parkingTypeSchema.optional(),
  evses: z.array(evseSchema).optional(),
  directions: z.array(displayTextSchema).optional(),
  operator: businessDetailsSchema.optional(),
  suboperator: businessDetailsSchema.optional(),
  owner: businessDetailsSchema.optional(),
  facilities: z.array(facilitySchema).optional(),
  time_zone: timeZoneSchema,
  opening_times: hoursSchema.optional(),
  charging_when_closed: z.boolean().optional(),
  images: z.array(imageSchema).optional(),
  energy_mix: energyMixSchema.optional(),
  last_updated: dateTimeSchema,
});

/** Location object: `publish_allowed_to` may only be used when `publish` is false. */
export const locationSchema = locationObjectSchema.refine(
  (location) => !location.publish || (location.publish_allowed_to ?? []).length === 0,
  { error: 'may only be used when publish is false', path: ['publish_allowed_to'] },
);
export type Location = z.infer<typeof locationSchema>;

/** PATCH bodies (mod_locations_patch_method): any subset of the fields, always with last_updated. */
export const locationPatchSchema = patchOf(locationObjectSchema);
export type LocationPatch = z.infer<typeof locationPatchSchema>;
export const evsePatchSchema = patchOf(evseObjectSchema);
export type EvsePatch = z.infer<typeof evsePatchSchema>;
export const connectorPatchSchema = patchOf(connectorObjectSchema);
export type ConnectorPatch = z.infer<typeof connectorPatchSchema>;
