import { z } from 'zod';
import { textOfMax } from './primitives';

/*
 * Identifier formats of OICP 2.3 (03_*_Data_Types.asciidoc, "Simple Restricted String Data Types").
 * Each regular expression is Hubject's, with two slips corrected (erratum X-REGEX-PIPE): inside a
 * character class `|` is a literal pipe, not "or", so Hubject's `[\*|-]` and `[\d|A-Za-z]` would let
 * "DE|8EO" through. The separators the prose allows are `*` and `-` only.
 */

/** ISO EvseID: country, optional `*`, 3-character operator suffix, optional `*`, `E`, 1-30 characters. */
export const ISO_EVSE_ID = /^([A-Za-z]{2})\*?([A-Za-z0-9]{3})\*?E([A-Za-z0-9*]{1,30})$/;
/** DIN EvseID: E.164 country code, `*`, 3-digit operator, `*`, instance; the `*` is mandatory. */
export const DIN_EVSE_ID = /^\+?([0-9]{1,3})\*([0-9]{3})\*([0-9*]{1,32})$/;
/** ISO OperatorID `DE*A36` / `DEA36`; DIN OperatorID `+49*536`. */
export const ISO_OPERATOR_ID = /^([A-Za-z]{2})\*?([A-Za-z0-9]{3})$/;
export const DIN_OPERATOR_ID = /^\+?([0-9]{1,3})\*([0-9]{3})$/;
/** ProviderID: ISO `DE-8EO` / `DE8EO`; DIN also `DE*8EO`. */
export const PROVIDER_ID = /^([A-Za-z]{2})[*-]?([A-Za-z0-9]{3})$/;
/** ISO EvcoID (ISO 15118-1): instance of 8 characters after a `C`, separator `-` only, check character. */
export const ISO_EVCO_ID = /^([A-Za-z]{2})-?([A-Za-z0-9]{3})-?C([A-Za-z0-9]{8})-?([0-9A-Za-z])$/;
/** DIN EvcoID (DIN SPEC 91286): instance of 6 characters, separator `*` or `-`, check digit or X. */
export const DIN_EVCO_ID = /^([A-Za-z]{2})[*-]?([A-Za-z0-9]{3})[*-]?([A-Za-z0-9]{6})[*-]?([0-9X])$/;

export const isEvseId = (value: string) => ISO_EVSE_ID.test(value) || DIN_EVSE_ID.test(value);
export const isOperatorId = (value: string) => ISO_OPERATOR_ID.test(value) || DIN_OPERATOR_ID.test(value);
export const isProviderId = (value: string) => PROVIDER_ID.test(value);
export const isEvcoId = (value: string) => ISO_EVCO_ID.test(value) || DIN_EVCO_ID.test(value);

/** EvseIDType, ISO (`DE*AB7*E840*6487`, `DEAB7E8406487`) or DIN (`+49*810*000*438`). */
export const evseIdSchema = z
  .string()
  .refine(isEvseId, 'an EvseID: ISO "DE*AB7*E840*6487" (with the E after the operator) or DIN "+49*810*000*438"');
export type EvseId = z.infer<typeof evseIdSchema>;

/** OperatorIDType, ISO (`DE*A36`, `DEA36`) or DIN (`+49*536`). */
export const operatorIdSchema = z
  .string()
  .refine(isOperatorId, 'an OperatorID: ISO "DE*A36" / "DEA36" or DIN "+49*536"');
export type OperatorId = z.infer<typeof operatorIdSchema>;

/** ProviderIDType (`DE-8EO`, `DE8EO`, `DE*8EO`). */
export const providerIdSchema = z.string().refine(isProviderId, 'a ProviderID such as "DE-8EO", "DE8EO" or "DE*8EO"');
export type ProviderId = z.infer<typeof providerIdSchema>;

/**
 * ProviderIDAsterisk: a ProviderID or `*` ("offer to all EMPs") in the pricing messages. Hubject's
 * pattern `^(...)|\*$` binds `^` and `$` to one branch each, so it accepts anything that starts with a
 * ProviderID (erratum X-PROVIDERID-ASTERISK); the intent, applied here, is "a ProviderID or exactly *".
 */
export const OFFER_TO_ALL_PROVIDERS = '*';
export const providerIdOrAsteriskSchema = z
  .string()
  .refine((value) => value === OFFER_TO_ALL_PROVIDERS || isProviderId(value), 'a ProviderID or "*" for all EMPs');
export type ProviderIdOrAsterisk = z.infer<typeof providerIdOrAsteriskSchema>;

/** EvcoIDType (contract id, EMAID): ISO `DE-8EO-CAet5e4XY-3`, DIN `DE*8EO*Aet5e4*3`. */
export const evcoIdSchema = z.string().refine(isEvcoId, 'an EvcoID: ISO "DE-8EO-CAet5e4XY-3" or DIN "DE*8EO*Aet5e4*3"');
export type EvcoId = z.infer<typeof evcoIdSchema>;

/** ChargingPoolIDType (emi³): like an ISO EvseID with `P` instead of `E`; anchored here, Hubject's is not. */
export const chargingPoolIdSchema = z
  .string()
  .regex(/^[A-Za-z]{2}\*?[A-Za-z0-9]{3}\*?P[A-Za-z0-9*]{1,30}$/, 'a ChargingPoolID such as "IT*123*P456*AB789"');

/** SessionIDType: a GUID-shaped string, e.g. `b2688855-7f00-0002-6d8e-48d883f6abb6`. */
export const sessionIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9]{8}(-[A-Za-z0-9]{4}){3}-[A-Za-z0-9]{12}$/, 'a SessionID in GUID form (8-4-4-4-12)');
export type SessionId = z.infer<typeof sessionIdSchema>;

/** CPOPartnerSessionID / EMPPartnerSessionID: each side's own session key, at most 250 characters. */
export const partnerSessionIdSchema = textOfMax(250);
export type PartnerSessionId = z.infer<typeof partnerSessionIdSchema>;

/**
 * UIDType: 8, 14 or 20 hexadecimal characters. "Hubject will automatically convert all characters
 * from lower case to upper case" (RFIDmifarefamilyIdentificationType), so lower case is read and
 * upper-cased.
 */
export const uidSchema = z
  .string()
  .regex(/^([0-9A-Fa-f]{8}|[0-9A-Fa-f]{14}|[0-9A-Fa-f]{20})$/, 'an RFID UID of 8, 14 or 20 hexadecimal characters')
  .transform((uid) => uid.toUpperCase());
export type Uid = z.infer<typeof uidSchema>;

/** ProductIDType: a standard value (Standard Price, AC1, AC3, DC) or any custom id of at most 50 characters. */
export const productIdSchema = z.string().min(1).max(50);
export type ProductId = z.infer<typeof productIdSchema>;
