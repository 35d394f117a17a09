import { z } from 'zod';
import { defineEvent } from '../envelope';
import { countryCodeSchema, partyIdSchema, partyRoleSchema } from './party.schemas';

/** Parties on other platforms, keyed `NL*ABC` like hosted parties, in their own aggregate type. */
export const REMOTE_PARTY_AGGREGATE = 'remote-party';

/** OCPI 2.2.1 `ConnectionStatus` (mod_hub_client_info). */
export const connectionStatusSchema = z.enum(['CONNECTED', 'OFFLINE', 'PLANNED', 'SUSPENDED']);
export type ConnectionStatus = z.infer<typeof connectionStatusSchema>;

/** A Hub we are registered with pushed a ClientInfo: this party, in this role, is reachable through it with this status. */
export const RemotePartyStatusReportedV1 = defineEvent(
  'RemotePartyStatusReported',
  1,
  z.object({
    countryCode: countryCodeSchema,
    partyId: partyIdSchema,
    role: partyRoleSchema,
    status: connectionStatusSchema,
    /** The Hub's platform id (the partner that pushed it). */
    reportedBy: z.uuid(),
    /** ClientInfo.last_updated as the Hub stamped it. */
    lastUpdated: z.iso.datetime({ offset: true }),
  }),
);

/** An admin pinned the route to a remote party to one partner platform (a Hub or the party's own platform). */
export const RouteOverrideSetV1 = defineEvent(
  'RouteOverrideSet',
  1,
  z.object({ countryCode: countryCodeSchema, partyId: partyIdSchema, platformId: z.uuid() }),
);

/** The route to a remote party is chosen automatically again. */
export const RouteOverrideClearedV1 = defineEvent('RouteOverrideCleared', 1, z.object({ countryCode: countryCodeSchema, partyId: partyIdSchema }));
