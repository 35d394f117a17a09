import type { OcpiInterface, OcpiModule } from '@chargemesh/contracts/ocpi';
import type { PartyRef } from '@chargemesh/protocol-ocpi';
import { refuse, ROUTING_REFUSALS, type RoutingRefusal } from '../inbound/routing-rejection';
import type { HubTarget } from './hub-targets';

export type OpenRoute = { kind: 'party'; to: PartyRef; reason: string } | { kind: 'broadcast' } | RoutingRefusal;

export interface OpenRoutingRequest {
  module: OcpiModule;
  interfaceRole: OcpiInterface;
  method: string;
  body: unknown;
  /** Connected parties that implement the called interface, the requester and the Hub excluded. */
  candidates: readonly HubTarget[];
}

const BROADCASTABLE: readonly OcpiModule[] = ['locations', 'tariffs', 'tokens'];

/** The eMSP whose token a Session or CDR is about: `cdr_token.country_code` and `party_id`. */
function tokenOwner(body: unknown): PartyRef | undefined {
  const token = (body as { cdr_token?: { country_code?: unknown; party_id?: unknown } } | null)?.cdr_token;
  return typeof token?.country_code === 'string' && typeof token.party_id === 'string' ? { countryCode: token.country_code, partyId: token.party_id } : undefined;
}

/**
 * An Open Routing Request (no OCPI-to headers, transport_and_format_message_routing_open_routing_request):
 * the spec leaves the choice to the Hub. Ours, in order: a Session or CDR pushed by a CPO goes to the
 * eMSP of its token; a request only one connected party can receive goes to that party; a push of data
 * meant for everyone is broadcast; anything else cannot be routed (4001, address it with OCPI-to).
 */
export function decideOpenRoute(request: OpenRoutingRequest): OpenRoute {
  const method = request.method.toUpperCase();
  const isPush = method === 'POST' || method === 'PUT' || method === 'PATCH';
  if (request.interfaceRole === 'RECEIVER' && isPush && (request.module === 'sessions' || request.module === 'cdrs')) {
    const owner = tokenOwner(request.body);
    if (owner) return { kind: 'party', to: owner, reason: 'the eMSP of cdr_token' };
  }
  if (request.candidates.length === 1) return { kind: 'party', to: request.candidates[0], reason: 'the only party that implements this interface' };
  if (request.interfaceRole === 'RECEIVER' && isPush && BROADCASTABLE.includes(request.module)) return { kind: 'broadcast' };
  return refuse(
    ROUTING_REFUSALS.undeterminedReceiver,
    request.candidates.length === 0 ? 'no connected party implements this interface' : 'the Hub cannot determine the receiver of this request; name it in the OCPI-to headers',
  );
}
