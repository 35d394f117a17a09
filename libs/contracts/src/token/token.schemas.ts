import { z } from 'zod';

/** OCPI 2.2.1 TokenType (mod_tokens_tokentype_enum). */
export const ocpiTokenTypeSchema = z.enum(['AD_HOC_USER', 'APP_USER', 'OTHER', 'RFID']);
export type OcpiTokenType = z.infer<typeof ocpiTokenTypeSchema>;

/** OCPI 2.2.1 WhitelistType (mod_tokens_whitelisttype_enum). */
export const whitelistTypeSchema = z.enum(['ALWAYS', 'ALLOWED', 'ALLOWED_OFFLINE', 'NEVER']);
export type WhitelistType = z.infer<typeof whitelistTypeSchema>;

/** OCPI 2.2.1 AllowedType (mod_tokens_allowed_enum). */
export const allowedTypeSchema = z.enum(['ALLOWED', 'BLOCKED', 'EXPIRED', 'NO_CREDIT', 'NOT_ALLOWED']);
export type AllowedType = z.infer<typeof allowedTypeSchema>;

/** An OCPI object as JSON; the directory validates it with the OCPI 2.2.1 schemas. */
export const ocpiTokenObjectSchema = z.record(z.string(), z.unknown());

/**
 * The fields of a Token that are not personal data, as events carry them in clear. The personal
 * fields (uid, contract_id, visual_number, group_id, energy_contract) travel only inside `sealed`.
 */
export const tokenPublicFieldsSchema = z.object({
  issuer: z.string(),
  valid: z.boolean(),
  whitelist: whitelistTypeSchema,
  language: z.string().optional(),
  default_profile_type: z.string().optional(),
  last_updated: z.string(),
});
export type TokenPublicFields = z.infer<typeof tokenPublicFieldsSchema>;

/**
 * Personal fields of one token, AES-256-GCM encrypted with a key of that token alone (format
 * `v1.<iv>.<tag>.<ciphertext>`). The key lives only in the directory's database; erasing it
 * (TokenPersonalDataErased) makes every event of the token unreadable: crypto-shredding, because
 * event streams refuse deletes.
 */
export const sealedPersonalDataSchema = z.string().regex(/^v1\.[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]*$/);

/** OCPI 2.2.1 CdrToken (mod_cdrs_cdr_token_class). */
export const cdrTokenSchema = z.object({
  country_code: z.string(),
  party_id: z.string(),
  uid: z.string(),
  type: ocpiTokenTypeSchema,
  contract_id: z.string(),
});
export type CdrToken = z.infer<typeof cdrTokenSchema>;
