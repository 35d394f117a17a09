import type { OcpiInterface, OcpiModule } from '@chargemesh/contracts/ocpi';
import type { PartyRole } from '@chargemesh/contracts/party';
import {
  classifyHubRequest,
  type HttpMethod,
  matchOcpiRoute,
  type OcpiRoute,
  type PartyRef,
  type RoutingHeadersResult,
  sameParty,
} from '@chargemesh/protocol-ocpi';
import { refuse, ROUTING_REFUSALS, type RoutingRefusal } from './routing-rejection';

/** A role a platform registered (CredentialsRole), or a role of a party hosted here. */
export interface PartyRoleRef extends PartyRef {
  role: PartyRole;
}

/** Who sent the request: a partner platform (authenticated by its token) or one of our own module services. */
export interface CallerIdentity {
  kind: 'partner' | 'local';
  /** The partner's registered roles; for a local caller, the roles of the parties hosted here. */
  roles: readonly PartyRoleRef[];
  /** Set for a partner that registered the HUB role: whether it reported this party as behind it. */
  reportsParty?: (party: PartyRef) => boolean;
}

export interface HostedParty extends PartyRef {
  roles: readonly PartyRole[];
}

export interface InboundRequest {
  module: OcpiModule;
  interfaceRole: OcpiInterface;
  method: string;
  /** The path below the module's endpoint URL, without the query: `/NL/CPO/LOC1`. */
  path: string;
  routing: RoutingHeadersResult;
  caller: CallerIdentity;
  hosted: readonly HostedParty[];
}

export type RoutingScenario =
  | { kind: 'direct'; to: PartyRef }
  | { kind: 'broadcast-push' }
  | { kind: 'get-all' }
  | { kind: 'open-routing' };

export interface RoutingDecision {
  kind: 'route';
  route: OcpiRoute;
  params: Record<string, string>;
  from: PartyRef;
  /** The TO headers as received (absent for Open Routing). */
  to?: PartyRef;
  scenario: RoutingScenario;
}

/** Broadcast Push is for data meant for everyone (Tokens, Locations, Tariffs), never for Sessions or CDRs (GDPR). */
const BROADCAST_MODULES: readonly OcpiModule[] = ['locations', 'tariffs', 'tokens'];

/**
 * What to do with a request to a functional module: the operation it names (404/405 otherwise),
 * its FROM (which must be one of the caller's roles, or a party a calling Hub reported), and the
 * routing scenario read from TO (transport_and_format_message_routing). The headers may be
 * omitted only in the one case the spec exempts: two platforms with one party and role each.
 */
export function decideInbound(request: InboundRequest): RoutingDecision | RoutingRefusal {
  const match = matchOcpiRoute({ module: request.module, interfaceRole: request.interfaceRole, method: request.method, path: request.path });
  if (match.kind === 'not-found') return refuse(ROUTING_REFUSALS.noSuchEndpoint, `no ${request.module} ${request.interfaceRole.toLowerCase()} operation at this path`);
  if (match.kind === 'method-not-allowed') {
    return refuse(ROUTING_REFUSALS.methodNotAllowed, `${request.method} is not part of this interface`, match.allowedMethods);
  }
  if (match.problems.length > 0) return refuse(ROUTING_REFUSALS.invalidUrlSegment, match.problems.join('; '));
  if (!request.routing.ok) return refuse(ROUTING_REFUSALS.invalidRoutingHeaders, request.routing.problems.join('; '));

  const { caller, hosted } = request;
  const singlePartyPeers = caller.kind === 'partner' && caller.roles.length === 1 && hosted.length === 1 && hosted[0].roles.length === 1;
  const hubParties = hosted.filter((party) => party.roles.includes('HUB'));

  const from = request.routing.routing.from ?? (singlePartyPeers ? caller.roles[0] : undefined);
  if (!from) return refuse(ROUTING_REFUSALS.fromRequired, 'OCPI-from-country-code and OCPI-from-party-id are required');
  if (!mayClaimParty(caller, from)) {
    return refuse(ROUTING_REFUSALS.fromNotCaller, `OCPI-from ${from.countryCode}*${from.partyId} is not a party of the calling platform`);
  }

  let to = request.routing.routing.to;
  if (!to && hubParties.length === 0) {
    if (!singlePartyPeers) return refuse(ROUTING_REFUSALS.toRequired, 'OCPI-to-country-code and OCPI-to-party-id are required (this platform is not a Hub)');
    to = hosted[0];
  }
  const classified = classifyHubRequest({
    method: request.method.toUpperCase() as HttpMethod,
    interfaceRole: request.interfaceRole,
    isListRequest: match.route.paginated === true,
    routing: { from, ...(to ? { to } : {}) },
    hubParties,
  });
  if (classified.kind === 'refused') return refuse(ROUTING_REFUSALS.refusedHubScenario, classified.reason);
  if (classified.kind === 'broadcast-push' && !BROADCAST_MODULES.includes(request.module)) {
    return refuse(ROUTING_REFUSALS.broadcastNotAllowed, `Broadcast Push is only for data meant for every party (${BROADCAST_MODULES.join(', ')}); address the receiver of ${request.module} in the OCPI-to headers`);
  }
  return { kind: 'route', route: match.route, params: match.params, from, ...(to ? { to } : {}), scenario: classified };
}

/** OCPI authenticates platforms, not parties: FROM must be the caller's own, or reported by the calling Hub. */
export function mayClaimParty(caller: CallerIdentity, from: PartyRef): boolean {
  if (caller.roles.some((role) => sameParty(role, from))) return true;
  return caller.reportsParty?.(from) ?? false;
}
