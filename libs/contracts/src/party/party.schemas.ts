import { z } from 'zod';

/** OCPI 2.2.1 `Role` (types.asciidoc). */
export const partyRoleSchema = z.enum(['CPO', 'EMSP', 'HUB', 'NAP', 'NSP', 'OTHER', 'SCSP']);
export type PartyRole = z.infer<typeof partyRoleSchema>;

export const countryCodeSchema = z.string().regex(/^[A-Za-z]{2}$/, 'an ISO-3166 alpha-2 country code');
export const partyIdSchema = z.string().regex(/^[A-Za-z0-9]{3}$/, 'three letters or digits (ISO-15118 party id)');

/** OCPI 2.2.1 `BusinessDetails`; the logo is left to the OCPI work. */
export const businessDetailsSchema = z.object({
  name: z.string().min(1).max(100),
  website: z.url().max(255).optional(),
});
export type BusinessDetails = z.infer<typeof businessDetailsSchema>;

export const partyRoleEntrySchema = z.object({ role: partyRoleSchema, businessDetails: businessDetailsSchema });
