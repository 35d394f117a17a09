import { z } from 'zod';
import {
  dayOfWeekSchema,
  reservationRestrictionTypeSchema,
  tariffDimensionTypeSchema,
  tariffTypeSchema,
} from './enums';
import { energyMixSchema, timeOfDaySchema } from './locations.schemas';
import {
  ciString,
  countryCodeSchema,
  currencySchema,
  dateTimeSchema,
  displayTextSchema,
  nonEmptyArray,
  nonNegativeIntSchema,
  numberSchema,
  partyIdSchema,
  priceSchema,
  urlSchema,
} from './types.schemas';

/* Tariffs module (mod_tariffs.asciidoc). Tariffs have no PATCH: the Receiver interface has PUT and DELETE. */

/** PriceComponent class (mod_tariffs_pricecomponent_class); `vat` is a percentage, absent = no VAT. */
export const priceComponentSchema = z.object({
  type: tariffDimensionTypeSchema,
  price: numberSchema,
  vat: numberSchema.min(0).optional(),
  step_size: nonNegativeIntSchema,
});
export type PriceComponent = z.infer<typeof priceComponentSchema>;

const DATE_PATTERN = /^([12][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;
/** Local calendar date `YYYY-MM-DD` (TariffRestrictions start_date/end_date). */
export const localDateSchema = z.string().regex(DATE_PATTERN, { error: 'must be a date such as 2015-12-24' });

/** TariffRestrictions class (mod_tariffs_tariffrestrictions_class); all set restrictions are ANDed. */
export const tariffRestrictionsSchema = z.object({
  start_time: timeOfDaySchema.optional(),
  end_time: timeOfDaySchema.optional(),
  start_date: localDateSchema.optional(),
  end_date: localDateSchema.optional(),
  min_kwh: numberSchema.min(0).optional(),
  max_kwh: numberSchema.min(0).optional(),
  min_current: numberSchema.optional(),
  max_current: numberSchema.optional(),
  min_power: numberSchema.optional(),
  max_power: numberSchema.optional(),
  min_duration: nonNegativeIntSchema.optional(),
  max_duration: nonNegativeIntSchema.optional(),
  day_of_week: z.array(dayOfWeekSchema).optional(),
  reservation: reservationRestrictionTypeSchema.optional(),
});
export type TariffRestrictions = z.infer<typeof tariffRestrictionsSchema>;

/**
 * TariffElement class (mod_tariffs_tariffelement_class). A reservation element can only have FLAT
 * and TIME price components (TariffRestrictions.reservation).
 */
export const tariffElementSchema = z
  .object({
    price_components: nonEmptyArray(priceComponentSchema),
    restrictions: tariffRestrictionsSchema.optional(),
  })
  .superRefine((element, context) => {
    if (element.restrictions?.reservation === undefined) return;
    element.price_components.forEach((component, index) => {
      if (component.type !== 'FLAT' && component.type !== 'TIME') {
        context.addIssue({
          code: 'custom',
          path: ['price_components', index, 'type'],
          message: 'must be FLAT or TIME in a reservation tariff element',
        });
      }
    });
  });
export type TariffElement = z.infer<typeof tariffElementSchema>;

/** Tariff object (mod_tariffs_tariff_object). */
export const tariffSchema = z.object({
  country_code: countryCodeSchema,
  party_id: partyIdSchema,
  id: ciString(36),
  currency: currencySchema,
  type: tariffTypeSchema.optional(),
  tariff_alt_text: z.array(displayTextSchema).optional(),
  tariff_alt_url: urlSchema.optional(),
  min_price: priceSchema.optional(),
  max_price: priceSchema.optional(),
  elements: nonEmptyArray(tariffElementSchema),
  start_date_time: dateTimeSchema.optional(),
  end_date_time: dateTimeSchema.optional(),
  energy_mix: energyMixSchema.optional(),
  last_updated: dateTimeSchema,
});
export type Tariff = z.infer<typeof tariffSchema>;
