import type { PartnerConnection, PartnerEndpoint, PartnerRole, PartnerStatus } from '@chargemesh/contracts/credential';
import type { ConnectionStatus, PartyRole } from '@chargemesh/contracts/party';

/** A partner platform as the routing table needs it (from the CREDENTIAL stream). */
export interface PlatformFacts {
  platformId: string;
  status: PartnerStatus;
  connection: PartnerConnection;
  roles: readonly PartnerRole[];
  endpoints: readonly PartnerEndpoint[];
  /** When the status or connection last changed: the `last_updated` of the ClientInfo we publish about it. */
  statusChangedAt: string;
}

/** What a Hub told us about a party behind it (a ClientInfo push). */
export interface ClientInfoFacts {
  countryCode: string;
  partyId: string;
  role: PartyRole;
  status: ConnectionStatus;
  reportedBy: string;
  lastUpdated: string;
}

export interface OverrideFacts {
  countryCode: string;
  partyId: string;
  platformId: string;
}

export interface HostedPartyFacts {
  countryCode: string;
  partyId: string;
  roles: readonly { role: PartyRole }[];
}

export interface RoutingInputs {
  hosted: readonly HostedPartyFacts[];
  platforms: readonly PlatformFacts[];
  clientInfos: readonly ClientInfoFacts[];
  overrides: readonly OverrideFacts[];
}

export const partyKey = (countryCode: string, partyId: string): string => `${countryCode.toUpperCase()}*${partyId.toUpperCase()}`;

/** How a partner platform itself can be reached: only a registered one, and only while it answers. */
export function platformRouteStatus(platform: Pick<PlatformFacts, 'status' | 'connection'>): ConnectionStatus {
  if (platform.status === 'REGISTERED') return platform.connection === 'CONNECTED' ? 'CONNECTED' : 'OFFLINE';
  return platform.status === 'PENDING' ? 'PLANNED' : 'SUSPENDED';
}
