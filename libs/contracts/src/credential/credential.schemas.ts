import { z } from 'zod';
import { countryCodeSchema, partyIdSchema, partyRoleSchema } from '../party/party.schemas';

/** OCPI 2.2.1 `InterfaceRole`. */
export const interfaceRoleSchema = z.enum(['SENDER', 'RECEIVER']);
export type InterfaceRole = z.infer<typeof interfaceRoleSchema>;

/** One endpoint from a partner's version details: a module, the interface it implements, its URL. */
export const partnerEndpointSchema = z.object({
  identifier: z.string().min(1).max(255),
  role: interfaceRoleSchema,
  url: z.url().max(255),
});
export type PartnerEndpoint = z.infer<typeof partnerEndpointSchema>;

/** A partner's BusinessDetails as it sent them (OCPI allows an empty name); the logo is not kept. */
export const partnerBusinessDetailsSchema = z.object({ name: z.string().max(100), website: z.string().max(255).optional() });

/** A role a partner platform listed in its credentials (OCPI CredentialsRole, camel-cased, ids upper-cased). */
export const partnerRoleSchema = z.object({
  countryCode: countryCodeSchema,
  partyId: partyIdSchema,
  role: partyRoleSchema,
  businessDetails: partnerBusinessDetailsSchema,
});
export type PartnerRole = z.infer<typeof partnerRoleSchema>;

/** A party and role a partner is expected to register with (announced PLANNED before it does). */
export const plannedRoleSchema = z.object({ countryCode: countryCodeSchema, partyId: partyIdSchema, role: partyRoleSchema });
export type PlannedRole = z.infer<typeof plannedRoleSchema>;

/**
 * PENDING: we issued token A and wait for the partner's POST. REGISTERED: tokens exchanged.
 * UNREGISTERED: either side sent DELETE. SUSPENDED: an admin cut the partner off for good.
 */
export const partnerStatusSchema = z.enum(['PENDING', 'REGISTERED', 'UNREGISTERED', 'SUSPENDED']);
export type PartnerStatus = z.infer<typeof partnerStatusSchema>;

/** Whether a registered partner answers: OFFLINE after a failed still-alive check. */
export const partnerConnectionSchema = z.enum(['CONNECTED', 'OFFLINE']);
export type PartnerConnection = z.infer<typeof partnerConnectionSchema>;

/** INBOUND: the partner registered with us (we issued token A). OUTBOUND: we registered with it. */
export const registrationDirectionSchema = z.enum(['INBOUND', 'OUTBOUND']);
export type RegistrationDirection = z.infer<typeof registrationDirectionSchema>;

/** Who started a credentials change: the partner (its PUT/DELETE reached us) or this platform. */
export const initiatorSchema = z.enum(['PARTNER', 'PLATFORM']);
