import { CodedError, pending, type PendingEvent } from '@chargemesh/contracts/envelope';
import { type ClientInfoRequest, RemotePartyStatusReportedV1, RouteOverrideClearedV1, RouteOverrideSetV1, ROUTING_ERRORS } from '@chargemesh/contracts/party';
import { reportKey, type RemotePartyState } from './remote-party.state';

/**
 * A Hub pushed a ClientInfo. Pushes can arrive out of order or twice: one older than what we hold
 * (by the Hub's own last_updated) changes nothing, and neither does a repeat of the same status.
 */
export function decideReportClientInfo(state: RemotePartyState, request: ClientInfoRequest): PendingEvent[] {
  const known = state.reports[reportKey(request.role, request.hubPlatformId)];
  if (known) {
    const order = Date.parse(known.lastUpdated) - Date.parse(request.lastUpdated);
    if (order > 0 || (order === 0 && known.status === request.status)) return [];
  }
  return [
    pending(RemotePartyStatusReportedV1, {
      countryCode: request.countryCode.toUpperCase(),
      partyId: request.partyId.toUpperCase(),
      role: request.role,
      status: request.status,
      reportedBy: request.hubPlatformId,
      lastUpdated: request.lastUpdated,
    }),
  ];
}

/** Pins the route of a party to a registered partner platform; `platformKnown` is checked against the directory's platforms. */
export function decideSetRouteOverride(state: RemotePartyState, request: { countryCode: string; partyId: string; platformId: string }, platformKnown: boolean): PendingEvent[] {
  if (!platformKnown) throw new CodedError(ROUTING_ERRORS.unknownPlatform, `no registered partner platform ${request.platformId}`);
  if (state.override === request.platformId) return [];
  return [pending(RouteOverrideSetV1, { countryCode: request.countryCode.toUpperCase(), partyId: request.partyId.toUpperCase(), platformId: request.platformId })];
}

export function decideClearRouteOverride(state: RemotePartyState, request: { countryCode: string; partyId: string }): PendingEvent[] {
  if (!state.override) return [];
  return [pending(RouteOverrideClearedV1, { countryCode: request.countryCode.toUpperCase(), partyId: request.partyId.toUpperCase() })];
}
