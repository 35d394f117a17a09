import { z } from 'zod';
import { countryCodeSchema, partyIdSchema } from '../party/party.schemas';
import { partyRefSchema } from '../party/routing.commands';
import { stationIdSchema } from '../station/station.schemas';
import { cdrTokenSchema, ocpiTokenObjectSchema, ocpiTokenTypeSchema, whitelistTypeSchema } from './token.schemas';

/** Token actions of the directory (`<ns>.cmd.directory.<action>`). The station gateway's real-time hook is `<ns>.cmd.token-authority.authorize` (contracts/station). */
export const TOKEN_ACTIONS = {
  /** Admin: create or replace a token of a hosted eMSP. */
  saveToken: 'save-token',
  getToken: 'get-token',
  listTokens: 'list-tokens',
  /** Commands module: the Token of a START_SESSION/RESERVE_NOW a hosted CPO accepted (no real-time authorisation for it, spec: 15 minutes). */
  recordCommandToken: 'record-command-token',
  /** Sessions and CDRs: the eMSP and CdrToken behind a token reference of a station transaction. */
  findTokenByRef: 'find-token-by-ref',
  /** GDPR: destroy the personal data of a token everywhere it is held here. */
  eraseTokenPersonalData: 'erase-token-personal-data',
} as const;

export const TOKEN_ERRORS = {
  notFound: 'TOKEN.NOT_FOUND',
  /** The station gateway knows no token under this reference. */
  refNotFound: 'TOKEN.NOT_FOUND_REF',
  invalid: 'TOKEN.INVALID',
  notHostedEmsp: 'TOKEN.NOT_FOUND_HOSTED_EMSP',
} as const;

const tokenUidSchema = z.string().min(1).max(36);
const emspFields = { countryCode: countryCodeSchema, partyId: partyIdSchema };

/** `token` holds the OCPI Token fields except country_code, party_id, uid, type and last_updated, which the directory sets. */
export const saveTokenRequestSchema = z.object({ ...emspFields, uid: tokenUidSchema, type: ocpiTokenTypeSchema.default('RFID'), token: ocpiTokenObjectSchema });
export type SaveTokenRequest = z.infer<typeof saveTokenRequestSchema>;

export const getTokenRequestSchema = z.object({ ...emspFields, uid: tokenUidSchema, type: ocpiTokenTypeSchema.default('RFID') });
export type GetTokenRequest = z.infer<typeof getTokenRequestSchema>;

export const listTokensRequestSchema = z.object({ ...emspFields, limit: z.number().int().min(1).max(1000).default(100), after: z.string().optional() });
export type ListTokensRequest = z.infer<typeof listTokensRequestSchema>;
export const ownTokenPageSchema = z.object({ items: z.array(ocpiTokenObjectSchema), next: z.string().optional() });
export type OwnTokenPage = z.infer<typeof ownTokenPageSchema>;

export const recordCommandTokenRequestSchema = z.object({
  /** The hosted CPO that accepted the command. */
  cpo: partyRefSchema,
  /** The eMSP that sent it (OCPI-from): the Token must be its own. */
  emsp: partyRefSchema,
  command: z.enum(['START_SESSION', 'RESERVE_NOW']),
  /** The OCPI Token object of the command. */
  token: ocpiTokenObjectSchema,
  stationId: stationIdSchema.optional(),
  locationId: z.string().min(1).max(36),
  authorizationReference: z.string().min(1).max(36).optional(),
});
export type RecordCommandTokenRequest = z.infer<typeof recordCommandTokenRequestSchema>;
export const recordCommandTokenResponseSchema = z.object({ ref: z.uuid() });

/**
 * `find-token-by-ref`: `tokenRef` is the reference in a station transaction event (the gateway
 * holds the raw id token); `cpo` is the station's CPO. The answer names the eMSP the Session and
 * CDR go to.
 */
export const findTokenByRefRequestSchema = z.object({ cpo: partyRefSchema, tokenRef: z.uuid() });
export type FindTokenByRefRequest = z.infer<typeof findTokenByRefRequestSchema>;

export const tokenByRefSchema = z.object({
  emsp: partyRefSchema,
  cdrToken: cdrTokenSchema,
  whitelist: whitelistTypeSchema,
  /** The reference of the latest authorisation of this token at this CPO (real-time or by command), for Session and CDR. */
  authorizationReference: z.string().optional(),
});
export type TokenByRef = z.infer<typeof tokenByRefSchema>;

/** Erases every copy held here of the token `uid` (of any type unless given) owned by `owner`. */
export const eraseTokenPersonalDataRequestSchema = z.object({ owner: partyRefSchema, uid: tokenUidSchema, type: ocpiTokenTypeSchema.optional() });
export const eraseTokenPersonalDataResponseSchema = z.object({ erased: z.number().int().nonnegative() });
