import { z } from 'zod';

/*
 * Small building blocks shared by every OICP 2.3 message. Field lengths come from the "Field Length"
 * columns of the leading AsciiDoc (hubject/oicp, `OICP-2.3/OICP 2.3 {CPO,EMP}/03_*_Data_Types.asciidoc`): Hubject's
 * OpenAPI files write them as `maximum` on strings, which JSON Schema ignores (erratum X-STRING-MAXIMUM).
 */

/** A free-text string limited to the spec's field length. */
export const textOfMax = (maxLength: number) => z.string().max(maxLength);

/**
 * Date/Time, "YYYY-MM-DDThh:mm:ssTZD" (01_*_Communication_Paradigms, Time zones). A time zone offset is
 * mandatory; `Z` and fractional seconds are accepted because Hubject's own responses carry them.
 */
export const oicpDateTimeSchema = z.iso.datetime({ offset: true });
export type OicpDateTime = z.infer<typeof oicpDateTimeSchema>;

/** Decimal (,3): at most three fraction digits (tolerating binary floating-point noise). */
const hasAtMostThreeDecimals = (value: number) => Math.abs(value * 1000 - Math.round(value * 1000)) < 1e-6;

/** A meter value or an energy quantity in kWh, Decimal (,3), never negative. */
export const meterValueSchema = z
  .number()
  .min(0)
  .refine(hasAtMostThreeDecimals, 'a kWh value has at most three decimals (Decimal (,3))');
export type MeterValue = z.infer<typeof meterValueSchema>;

/** MeterValueInBetween: `{ meterValues: MeterValue[] }` in every OpenAPI message that carries it. */
export const meterValueInBetweenSchema = z.object({ meterValues: z.array(meterValueSchema) });
export type MeterValueInBetween = z.infer<typeof meterValueInBetweenSchema>;

/** ActionType of every push operation; a fullLoad with an empty list deletes everything. */
export const actionTypeSchema = z.enum(['fullLoad', 'update', 'insert', 'delete']);
export type ActionType = z.infer<typeof actionTypeSchema>;

/** CountryCodeType: ISO 3166-1 Alpha-3 only since OICP 2.2 (e.g. DEU, AUT). */
export const countryCodeSchema = z.string().regex(/^[A-Za-z]{3}$/, 'an ISO 3166-1 alpha-3 country code, e.g. DEU');

/** CurrencyIDType: an ISO 4217 code such as EUR or CHF. */
export const currencyIdSchema = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code, e.g. EUR');

/** PhoneNumberType: `^\+[0-9]{5,15}$`. */
export const phoneNumberSchema = z.string().regex(/^\+[0-9]{5,15}$/, 'a phone number: "+" then 5 to 15 digits');

/** LanguageCodeType (ISO 639-1 or 639-2/T, optional region and private use). */
export const languageCodeSchema = z
  .string()
  .regex(
    /^[a-z]{2,3}(?:-[A-Z]{2,3}(?:-[a-zA-Z]{4})?)?(?:-x-[a-zA-Z0-9]{1,8})?$/,
    'a language code such as en or de-DE',
  );

/** InfoTextType: a text of at most 150 characters in one language. */
export const infoTextSchema = z.object({ lang: languageCodeSchema, value: textOfMax(150) });
export type InfoText = z.infer<typeof infoTextSchema>;

/** PeriodType `begin`/`end`: `[0-9]{2}:[0-9]{2}` (anchored here; Hubject's pattern is not). */
export const clockTimeSchema = z.string().regex(/^[0-9]{2}:[0-9]{2}$/, 'a time of day as hh:mm');
export const periodSchema = z.object({ begin: clockTimeSchema, end: clockTimeSchema });
export type Period = z.infer<typeof periodSchema>;

/** The `on` values of OpeningTimes and ProductAvailabilityTimes. */
export const dayValueSchema = z.enum([
  'Everyday',
  'Workdays',
  'Weekend',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
]);
export type DayValue = z.infer<typeof dayValueSchema>;

/**
 * Reads a misspelt property under its correct name: `aliases` maps the wrong spelling to the right one.
 * Used for the errata where Hubject's files disagree on a property name: the leading form is what the
 * schema (and therefore every body we write) uses, the other spelling is still read.
 */
export function acceptingAliases<TSchema extends z.ZodType>(
  aliases: Readonly<Record<string, string>>,
  schema: TSchema,
) {
  return z.preprocess((input) => {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) return input;
    const renamed: Record<string, unknown> = { ...(input as Record<string, unknown>) };
    for (const [alias, canonical] of Object.entries(aliases)) {
      if (!(alias in renamed)) continue;
      if (!(canonical in renamed)) renamed[canonical] = renamed[alias];
      delete renamed[alias];
    }
    return renamed;
  }, schema);
}

/** Names the members of `value` that are present (not undefined or null). */
export const presentKeys = (value: Record<string, unknown>, keys: readonly string[]) =>
  keys.filter((key) => value[key] !== undefined && value[key] !== null);
