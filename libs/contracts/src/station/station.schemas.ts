import { z } from 'zod';
import { countryCodeSchema, partyIdSchema } from '../party/party.schemas';

/**
 * A station identity as it appears, percent-decoded, in `/ocpp/<identity>`: at most 48 characters
 * (OCPP 2.0.1 identifierString[48]), no control characters and no '/'. 2.0.1 stations may not use
 * ':' (it breaks the Basic auth split); the gateway checks that when such a station connects.
 */
export const stationIdSchema = z
  .string()
  .min(1)
  .max(48)
  .refine((id) => ![...id].some((char) => char === '/' || char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f), 'no control characters and no "/"');

export const ocppVersionSchema = z.enum(['1.6', '2.0.1']);
export type StationOcppVersion = z.infer<typeof ocppVersionSchema>;

/** OCPP security profiles: 1 Basic auth over ws, 2 Basic auth over TLS, 3 TLS client certificates. */
export const securityProfileSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type SecurityProfile = z.infer<typeof securityProfileSchema>;

/** BootNotification answers, the same in both versions. */
export const registrationStatusSchema = z.enum(['Accepted', 'Pending', 'Rejected']);
export type RegistrationStatus = z.infer<typeof registrationStatusSchema>;

/**
 * Version-independent connector status (the 2.0.1 ConnectorStatusEnumType). 1.6 Preparing,
 * Charging, SuspendedEV, SuspendedEVSE and Finishing are Occupied; events keep the 1.6 value too.
 */
export const connectorStatusSchema = z.enum(['Available', 'Occupied', 'Reserved', 'Unavailable', 'Faulted']);
export type ConnectorStatus = z.infer<typeof connectorStatusSchema>;

export const partyRefSchema = z.object({ countryCode: countryCodeSchema, partyId: partyIdSchema });

/**
 * A driver token as events carry it: a random reference (the raw value stays in the gateway's
 * database, where erasing it makes the reference meaningless) and the token type (2.0.1
 * IdTokenEnumType; absent for 1.6 idTags, which have no type).
 */
export const tokenRefSchema = z.object({ ref: z.uuid(), type: z.string().min(1).max(20).optional() });
export type TokenRef = z.infer<typeof tokenRefSchema>;

/** Authorisation statuses across versions (1.6 AuthorizationStatus ∪ 2.0.1 AuthorizationStatusEnumType). */
export const authorizationStatusSchema = z.enum([
  'Accepted',
  'Blocked',
  'ConcurrentTx',
  'Expired',
  'Invalid',
  'NoCredit',
  'NotAllowedTypeEVSE',
  'NotAtThisLocation',
  'NotAtThisTime',
  'Unknown',
]);
export type AuthorizationStatus = z.infer<typeof authorizationStatusSchema>;

/** One sampled value, the same shape for both versions; `value` is in `unit` × 10^`multiplier`. */
export const sampledValueSchema = z.object({
  value: z.number().optional(),
  /** 1.6 values in SignedData format are kept as the station sent them. */
  signedData: z.string().optional(),
  measurand: z.string(),
  unit: z.string(),
  multiplier: z.number().int().default(0),
  context: z.string().optional(),
  phase: z.string().optional(),
  location: z.string().optional(),
});
export type SampledValue = z.infer<typeof sampledValueSchema>;

export const meterValueSchema = z.object({ timestamp: z.iso.datetime({ offset: true }), sampledValues: z.array(sampledValueSchema) });
export type MeterValue = z.infer<typeof meterValueSchema>;
