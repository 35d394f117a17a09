import type { InterfaceRole } from '../schemas/versions.schemas';
import type { HttpMethod } from '../routes/route-types';
import type { RoutingHeaders } from './headers';
import { sameParty, type PartyRef } from './party';

/*
 * What a Hub is asked to do with a request to a Functional Module, read from its routing headers
 * (transport_and_format_message_routing and the "Overview of required/optional routing headers"
 * tables). How a Hub picks the target of an Open Routing Request is left to the Hub by the spec.
 */

export type HubRoutingScenario =
  /** TO names another party: forward it there, keeping FROM and TO. */
  | { kind: 'direct'; to: PartyRef }
  /** TO names the Hub on a POST/PUT/PATCH to a Receiver interface: send to every connected client of the opposite role. */
  | { kind: 'broadcast-push' }
  /** TO names the Hub on a list GET of a Sender interface: the Hub may combine objects of several parties. */
  | { kind: 'get-all' }
  /** No TO: the Hub decides the receiver from the content, or broadcasts when it cannot. */
  | { kind: 'open-routing' }
  | { kind: 'refused'; reason: string };

export interface HubRequestDescription {
  method: HttpMethod;
  /** The interface of the module that is called. */
  interfaceRole: InterfaceRole;
  /** A GET of the paginated list URL (as opposed to one object). */
  isListRequest: boolean;
  routing: RoutingHeaders;
  /** The Hub's own identities. */
  hubParties: readonly PartyRef[];
}

export function classifyHubRequest(request: HubRequestDescription): HubRoutingScenario {
  const { method, interfaceRole, isListRequest, routing } = request;
  if (routing.from === undefined) {
    return { kind: 'refused', reason: 'OCPI-from-country-code and OCPI-from-party-id are required' };
  }
  if (routing.to === undefined) {
    // Open Routing is possible for GET (not GET All), POST, PUT, PATCH and DELETE.
    if (method === 'GET' && isListRequest) {
      return { kind: 'refused', reason: 'a GET All via a Hub must address the Hub in the OCPI-to headers' };
    }
    return { kind: 'open-routing' };
  }
  const to = routing.to;
  if (!request.hubParties.some((hub) => sameParty(hub, to))) return { kind: 'direct', to };

  if (method === 'GET') {
    if (interfaceRole === 'SENDER' && isListRequest) return { kind: 'get-all' };
    return {
      kind: 'refused',
      reason: 'GET SHALL NOT be used with Broadcast Push; omit the OCPI-to headers for Open Routing',
    };
  }
  if ((method === 'POST' || method === 'PUT' || method === 'PATCH') && interfaceRole === 'RECEIVER') {
    return { kind: 'broadcast-push' };
  }
  return {
    kind: 'refused',
    reason: `a ${method} to the ${interfaceRole} interface cannot be addressed to the Hub itself`,
  };
}
