import { z } from 'zod';
import { businessDetailsSchema, countryCodeSchema, partyIdSchema, partyRoleEntrySchema, partyRoleSchema } from './party.schemas';

/** Request/reply actions of the directory service (`<ns>.cmd.directory.<action>`). */
export const DIRECTORY_ACTIONS = {
  registerHostedParty: 'register-hosted-party',
  updateHostedPartyDetails: 'update-hosted-party-details',
  getParty: 'get-party',
  listParties: 'list-parties',
  /** The routing table (the hub router resolves the TO party of every request with it). */
  resolveRoute: 'resolve-route',
  listConnectedParties: 'list-connected-parties',
  listRoutes: 'list-routes',
  listPlatforms: 'list-platforms',
  setRouteOverride: 'set-route-override',
  clearRouteOverride: 'clear-route-override',
  /** hubclientinfo: a Hub's push (receiver interface), its read-back, and our list as a Hub (sender interface). */
  recordClientInfo: 'record-client-info',
  getClientInfo: 'get-client-info',
  listClientInfo: 'list-client-info',
} as const;

export const registerHostedPartyRequestSchema = z.object({
  countryCode: countryCodeSchema,
  partyId: partyIdSchema,
  roles: z.array(partyRoleEntrySchema).min(1),
});
export type RegisterHostedPartyRequest = z.infer<typeof registerHostedPartyRequestSchema>;

export const updateHostedPartyDetailsRequestSchema = z.object({
  countryCode: countryCodeSchema,
  partyId: partyIdSchema,
  role: partyRoleSchema,
  businessDetails: businessDetailsSchema,
});
export type UpdateHostedPartyDetailsRequest = z.infer<typeof updateHostedPartyDetailsRequestSchema>;

export const getPartyRequestSchema = z.object({ countryCode: countryCodeSchema, partyId: partyIdSchema });
export type GetPartyRequest = z.infer<typeof getPartyRequestSchema>;

/** A party as the directory serves it from its projection. */
export const partyViewSchema = z.object({
  countryCode: z.string(),
  partyId: z.string(),
  roles: z.array(partyRoleEntrySchema),
  registeredAt: z.string(),
  updatedAt: z.string(),
});
export type PartyView = z.infer<typeof partyViewSchema>;

export const PARTY_ERRORS = {
  alreadyRegistered: 'PARTY.ALREADY_REGISTERED',
  notFound: 'PARTY.NOT_FOUND',
  roleNotHeld: 'PARTY.ROLE_NOT_HELD',
} as const;
