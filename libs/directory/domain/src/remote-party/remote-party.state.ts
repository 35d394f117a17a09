import { type EventEnvelope, matchEvent } from '@chargemesh/contracts/envelope';
import { type ConnectionStatus, RemotePartyStatusReportedV1, RouteOverrideClearedV1, RouteOverrideSetV1 } from '@chargemesh/contracts/party';

/** A party on another platform as its own events describe it: what each Hub reported, and the route override. */
export interface RemotePartyState {
  /** Keyed `<role>|<hub platform id>`. */
  reports: Readonly<Record<string, { status: ConnectionStatus; lastUpdated: string }>>;
  override?: string;
}

export const initialRemotePartyState: RemotePartyState = { reports: {} };

export const reportKey = (role: string, reportedBy: string): string => `${role}|${reportedBy}`;

export function evolveRemoteParty(state: RemotePartyState, event: EventEnvelope): RemotePartyState {
  const reported = matchEvent(event, RemotePartyStatusReportedV1);
  if (reported) {
    const { role, reportedBy, status, lastUpdated } = reported.data;
    return { ...state, reports: { ...state.reports, [reportKey(role, reportedBy)]: { status, lastUpdated } } };
  }
  const set = matchEvent(event, RouteOverrideSetV1);
  if (set) return { ...state, override: set.data.platformId };
  if (matchEvent(event, RouteOverrideClearedV1)) {
    const { override: _cleared, ...rest } = state;
    return rest;
  }
  return state;
}
