import { z } from 'zod';
import { allowedTypeSchema, profileTypeSchema, tokenTypeSchema, whitelistTypeSchema } from './enums';
import { patchOf } from './patch';
import {
  ciString,
  countryCodeSchema,
  dateTimeSchema,
  displayTextSchema,
  languageSchema,
  ocpiString,
  partyIdSchema,
} from './types.schemas';

/* Tokens module (mod_tokens.asciidoc). Data owner: eMSP. */

/** EnergyContract class (mod_tokens_energy_contract). */
export const energyContractSchema = z.object({
  supplier_name: ocpiString(64),
  contract_id: ocpiString(64).optional(),
});
export type EnergyContract = z.infer<typeof energyContractSchema>;

/** Token object (mod_tokens_token_object); `uid` + `type` identify a token within the eMSP. */
export const tokenSchema = z.object({
  country_code: countryCodeSchema,
  party_id: partyIdSchema,
  uid: ciString(36),
  type: tokenTypeSchema,
  contract_id: ciString(36),
  visual_number: ocpiString(64).optional(),
  issuer: ocpiString(64),
  group_id: ciString(36).optional(),
  valid: z.boolean(),
  whitelist: whitelistTypeSchema,
  language: languageSchema.optional(),
  default_profile_type: profileTypeSchema.optional(),
  energy_contract: energyContractSchema.optional(),
  last_updated: dateTimeSchema,
});
export type Token = z.infer<typeof tokenSchema>;

/** PATCH body for a Token (mod_tokens_patch_method): any subset of fields, always with last_updated. */
export const tokenPatchSchema = patchOf(tokenSchema);
export type TokenPatch = z.infer<typeof tokenPatchSchema>;

/** LocationReferences class (mod_tokens_locationreferences_class), the optional body of POST authorize. */
export const locationReferencesSchema = z.object({
  location_id: ciString(36),
  evse_uids: z.array(ciString(36)).optional(),
});
export type LocationReferences = z.infer<typeof locationReferencesSchema>;

/** AuthorizationInfo object (mod_tokens_authorizationinfo_object), the answer to a real-time authorization. */
export const authorizationInfoSchema = z.object({
  allowed: allowedTypeSchema,
  token: tokenSchema,
  location: locationReferencesSchema.optional(),
  authorization_reference: ciString(36).optional(),
  info: displayTextSchema.optional(),
});
export type AuthorizationInfo = z.infer<typeof authorizationInfoSchema>;

/**
 * The `type` query parameter of the token URLs (GET/PUT/PATCH on the Receiver, POST authorize on the
 * Sender). Default if omitted: RFID (mod_tokens_cpo_get_request_parameters).
 */
export const tokenTypeQuerySchema = z.object({ type: tokenTypeSchema.default('RFID') });
export type TokenTypeQuery = z.infer<typeof tokenTypeQuerySchema>;
