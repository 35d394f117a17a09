import { z } from 'zod';
import { businessDetailsSchema } from './locations.schemas';
import { countryCodeSchema, nonEmptyArray, partyIdSchema, roleSchema, urlSchema } from './types.schemas';

/* Credentials module (credentials.asciidoc): the token exchange every platform implements. */

/**
 * The credentials token (credentials_credentials_object): string(64) of printable non-whitespace
 * ASCII, U+0021 to U+007E.
 */
export const credentialsTokenSchema = z
  .string()
  .min(1, { error: 'must not be empty' })
  .max(64, { error: 'must be at most 64 characters' })
  .regex(/^[\x21-\x7E]+$/, { error: 'must contain only printable ASCII characters without spaces (U+0021 to U+007E)' });

/** CredentialsRole class (credentials_credentials_role_class). */
export const credentialsRoleSchema = z.object({
  role: roleSchema,
  business_details: businessDetailsSchema,
  party_id: partyIdSchema,
  country_code: countryCodeSchema,
});
export type CredentialsRole = z.infer<typeof credentialsRoleSchema>;

/**
 * Credentials object (credentials_credentials_object). "Every role needs a unique combination of:
 * role, party_id and country_code"; party ids and country codes compare case-insensitively.
 */
export const credentialsSchema = z
  .object({
    token: credentialsTokenSchema,
    url: urlSchema,
    roles: nonEmptyArray(credentialsRoleSchema),
  })
  .superRefine((credentials, context) => {
    const seen = new Set<string>();
    credentials.roles.forEach((role, index) => {
      const key = `${role.role}|${role.country_code.toUpperCase()}|${role.party_id.toUpperCase()}`;
      if (seen.has(key)) {
        context.addIssue({
          code: 'custom',
          path: ['roles', index],
          message: `repeats role ${role.role} for ${role.country_code}/${role.party_id}; each role, party_id and country_code combination must be unique`,
        });
      }
      seen.add(key);
    });
  });
export type Credentials = z.infer<typeof credentialsSchema>;
