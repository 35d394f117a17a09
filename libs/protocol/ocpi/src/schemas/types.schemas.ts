import { z } from 'zod';

/*
 * The basic types of OCPI 2.2.1 (types.asciidoc, tag v2.2.1-d2) and the building blocks every
 * module schema is made of. Lengths are maxima: `string(255)` means at most 255 characters.
 */

/** `#NA`: the only allowed value for a required string field that truly cannot be filled (transport_and_format_not_available). */
export const NOT_AVAILABLE = '#NA';

const isPrintableAscii = (value: string): boolean => {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
};

const hasNoControlCharacters = (value: string): boolean => {
  for (const character of value) {
    const code = character.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return false;
  }
  return true;
};

/** Length in characters (code points), not UTF-16 units, so an emoji counts once. */
const characterCount = (value: string): number => {
  let count = 0;
  for (const _ of value) count++;
  return count;
};

/**
 * CiString(n): case-insensitive, printable ASCII only (types_cistring_type). We also require at
 * least one character: every CiString in OCPI is an identifier, and an empty one is never meant.
 */
export const ciString = (maxLength: number) =>
  z
    .string()
    .min(1, { error: 'must not be empty' })
    .max(maxLength, { error: `must be at most ${maxLength} characters` })
    .refine(isPrintableAscii, { error: 'must contain only printable ASCII characters' });

/** string(n): case-sensitive, printable UTF-8, no tabs or line breaks (types_string_type). */
export const ocpiString = (maxLength: number) =>
  z
    .string()
    .refine(hasNoControlCharacters, {
      error: 'must contain only printable characters (no tabs, line breaks or other control characters)',
    })
    .refine((value) => characterCount(value) <= maxLength, { error: `must be at most ${maxLength} characters` });

const DATE_TIME_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?Z?$/;

/**
 * DateTime (types_datetime_type): RFC 3339, string(25), UTC only. `Z` or no designator (which also
 * means UTC); fractional seconds allowed; any offset, even `+00:00`, is not allowed.
 */
export function isOcpiDateTime(value: string): boolean {
  if (value.length > 25) return false;
  const match = DATE_TIME_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

export const dateTimeSchema = z.string().refine(isOcpiDateTime, {
  error: 'must be an OCPI DateTime in UTC such as 2015-06-29T20:39:09Z (RFC 3339, no offset, at most 25 characters)',
});

/** Reads an OCPI DateTime; a missing designator means UTC. Throws on anything else. */
export function parseOcpiDateTime(value: string): Date {
  if (!isOcpiDateTime(value)) throw new RangeError(`not an OCPI DateTime: ${JSON.stringify(value)}`);
  return new Date(value.endsWith('Z') ? value : `${value}Z`);
}

/** Writes a Date as an OCPI DateTime, e.g. `2015-06-29T20:39:09.000Z` (24 characters). */
export function formatOcpiDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('cannot format an invalid Date');
  return date.toISOString();
}

const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

/** URL (types_url_type): string(255); we also require an absolute http(s) URL. */
export const urlSchema = z
  .string()
  .max(255, { error: 'must be at most 255 characters' })
  .refine(isHttpUrl, { error: 'must be an absolute http(s) URL' });

/** number (types_number_type): a finite JSON number. int: a whole number. */
export const numberSchema = z.number();
export const intSchema = z.int();
export const nonNegativeIntSchema = z.int().min(0, { error: 'must not be negative' });

/** Cardinality `+`: one or more. */
export const nonEmptyArray = <T extends z.ZodType>(item: T) =>
  z.array(item).min(1, { error: 'must contain at least one element' });

/** ISO-3166 alpha-2 country code, CiString(2) (credentials_credentials_object). */
export const countryCodeSchema = z
  .string()
  .regex(/^[A-Za-z]{2}$/, { error: 'must be a 2-letter ISO 3166-1 alpha-2 country code' });

/** Party id following ISO 15118, CiString(3) (credentials_credentials_object). */
export const partyIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9]{3}$/, { error: 'must be a 3-character party id (letters and digits, ISO 15118)' });

/** ISO 4217 currency code, string(3). */
export const currencySchema = z.string().regex(/^[A-Z]{3}$/, { error: 'must be a 3-letter ISO 4217 currency code' });

/** ISO 639-1 language code, string(2). */
export const languageSchema = z
  .string()
  .regex(/^[A-Za-z]{2}$/, { error: 'must be a 2-letter ISO 639-1 language code' });

/** DisplayText class (types_displaytext_class). */
export const displayTextSchema = z.object({
  language: languageSchema,
  text: ocpiString(512),
});
export type DisplayText = z.infer<typeof displayTextSchema>;

/** Price class (types_price_class). Negative amounts occur in credit CDRs. */
export const priceSchema = z.object({
  excl_vat: numberSchema,
  incl_vat: numberSchema.optional(),
});
export type Price = z.infer<typeof priceSchema>;

/** Role enum (types_role_enum). */
export const roleSchema = z.enum(['CPO', 'EMSP', 'HUB', 'NAP', 'NSP', 'OTHER', 'SCSP']);
export type Role = z.infer<typeof roleSchema>;
