import { z } from 'zod';
import { partnerConnectionSchema, partnerEndpointSchema, partnerRoleSchema, partnerStatusSchema, registrationDirectionSchema } from '../credential/credential.schemas';
import { countryCodeSchema, partyIdSchema, partyRoleSchema } from './party.schemas';
import { connectionStatusSchema } from './remote-party.events';

/** How a remote party is reached: over our own credentials link with its platform, or through a Hub. */
export const routeViaSchema = z.enum(['DIRECT', 'HUB']);
export type RouteVia = z.infer<typeof routeViaSchema>;

export const routeCandidateSchema = z.object({ platformId: z.uuid(), via: routeViaSchema, status: connectionStatusSchema });
export type RouteCandidate = z.infer<typeof routeCandidateSchema>;

/** Why the selected route was chosen: an admin's override, the party's own platform, or a Hub (no usable direct route). */
export const routeReasonSchema = z.enum(['OVERRIDE', 'DIRECT', 'HUB']);

/** One line of the routing table: a remote party, every way to reach it, and the one to use. */
export const routeViewSchema = z.object({
  countryCode: z.string(),
  partyId: z.string(),
  roles: z.array(partyRoleSchema),
  candidates: z.array(routeCandidateSchema),
  selected: routeCandidateSchema.extend({ reason: routeReasonSchema }).optional(),
  /** The selected route's status; SUSPENDED when there is no usable route at all. */
  status: connectionStatusSchema,
  override: z.uuid().optional(),
});
export type RouteView = z.infer<typeof routeViewSchema>;

export const partyRefSchema = z.object({ countryCode: countryCodeSchema, partyId: partyIdSchema });

/**
 * Where a message TO this party goes: a party hosted here, or the next hop (the party's own
 * platform or a Hub) with its endpoints and the token to present. The token is included only
 * while the route is CONNECTED: nothing may be sent otherwise (answer 4003).
 */
export const resolvedRouteSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('local'), countryCode: z.string(), partyId: z.string(), roles: z.array(partyRoleSchema) }),
  z.object({
    kind: z.literal('remote'),
    countryCode: z.string(),
    partyId: z.string(),
    roles: z.array(partyRoleSchema),
    status: connectionStatusSchema,
    platformId: z.uuid(),
    via: routeViaSchema,
    reason: routeReasonSchema,
    version: z.string(),
    endpoints: z.array(partnerEndpointSchema),
    token: z.object({ value: z.string(), encoding: z.enum(['base64', 'plain']) }).optional(),
  }),
]);
export type ResolvedRoute = z.infer<typeof resolvedRouteSchema>;

export const listConnectedPartiesRequestSchema = z.object({ role: partyRoleSchema.optional() }).default({});

/** A party a broadcast could reach: hosted here, or remote behind a CONNECTED route. */
export const connectedPartySchema = z.object({
  countryCode: z.string(),
  partyId: z.string(),
  role: partyRoleSchema,
  kind: z.enum(['local', 'remote']),
  platformId: z.uuid().optional(),
  via: routeViaSchema.optional(),
});
export type ConnectedParty = z.infer<typeof connectedPartySchema>;

/** A partner platform as the directory knows it from the CREDENTIAL stream. */
export const remotePlatformViewSchema = z.object({
  platformId: z.uuid(),
  name: z.string().optional(),
  status: partnerStatusSchema,
  connection: partnerConnectionSchema,
  direction: registrationDirectionSchema.optional(),
  versionsUrl: z.string().optional(),
  version: z.string().optional(),
  endpoints: z.array(partnerEndpointSchema),
  roles: z.array(partnerRoleSchema),
  statusChangedAt: z.string(),
});
export type RemotePlatformView = z.infer<typeof remotePlatformViewSchema>;

export const clientInfoRequestSchema = z.object({
  hubPlatformId: z.uuid(),
  countryCode: countryCodeSchema,
  partyId: partyIdSchema,
  role: partyRoleSchema,
  status: connectionStatusSchema,
  lastUpdated: z.iso.datetime({ offset: true }),
  /** The Hub's X-Correlation-ID, carried into the event. */
  correlationId: z.string().min(1).max(255).optional(),
});
export type ClientInfoRequest = z.infer<typeof clientInfoRequestSchema>;

export const getClientInfoRequestSchema = z.object({ hubPlatformId: z.uuid(), countryCode: countryCodeSchema, partyId: partyIdSchema });

/** ClientInfo as OCPI shows it. */
export const clientInfoViewSchema = z.object({
  country_code: z.string(),
  party_id: z.string(),
  role: partyRoleSchema,
  status: connectionStatusSchema,
  last_updated: z.string(),
});
export type ClientInfoView = z.infer<typeof clientInfoViewSchema>;

export const listClientInfoRequestSchema = z
  .object({
    dateFrom: z.iso.datetime({ offset: true }).optional(),
    dateTo: z.iso.datetime({ offset: true }).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(1000).default(100),
  })
  .default({ offset: 0, limit: 100 });
export const clientInfoPageSchema = z.object({ total: z.number().int(), limit: z.number().int(), items: z.array(clientInfoViewSchema) });
export type ClientInfoPage = z.infer<typeof clientInfoPageSchema>;

export const setRouteOverrideRequestSchema = partyRefSchema.extend({ platformId: z.uuid() });


export const ROUTING_ERRORS = {
  unknownParty: 'ROUTE.UNKNOWN_PARTY',
  unknownPlatform: 'ROUTE.UNKNOWN_PLATFORM',
  notAHub: 'ROUTE.FORBIDDEN_NOT_A_HUB',
  clientInfoNotFound: 'ROUTE.NOT_FOUND_CLIENT_INFO',
  noHubHosted: 'ROUTE.NOT_FOUND_NO_HUB_HOSTED',
} as const;
