import { CodedError, type EventEnvelope, matchEvent, pending, type PendingEvent } from '@chargemesh/contracts/envelope';
import {
  CdrSubmittedV1,
  ChargingNotificationSubmittedV1,
  CpoSessionAuthorizedV1,
  CpoSessionStopAuthorizedV1,
  OICP_ERRORS,
  type RemoteCommand,
  RemoteCommandAnsweredV1,
  RemoteCommandReceivedV1,
  SessionDeliveryCompletedV1,
} from '@chargemesh/contracts/oicp';
import type { EventData } from '@chargemesh/contracts/envelope';

/*
 * A session as the CPO side sees it. What matters is whom it belongs to: the EMP peer that authorized it
 * or asked for it. Notifications and the CDR carry no routing id in their path, so they go where the
 * session says (research/oicp.md §12.4), which is why the session is recorded before anything is asked.
 */

export interface CpoSessionState {
  known: boolean;
  peerId?: string;
  providerId?: string;
  operatorId?: string;
  evseId?: string;
  /** The identification that authorized the session (personal data, by reference). */
  identificationRef?: string;
  /** Remote commands received, with the answer once given. */
  remote: Partial<Record<RemoteCommand, { accepted?: boolean; statusCode?: { Code: string; Description?: string; AdditionalInfo?: string } }>>;
  stopAuthorized: boolean;
  cdrDigest?: string;
  cdrDelivered: boolean;
}

export const initialCpoSessionState: CpoSessionState = { known: false, remote: {}, stopAuthorized: false, cdrDelivered: false };

export function evolveCpoSession(state: CpoSessionState, envelope: EventEnvelope): CpoSessionState {
  const authorized = matchEvent(envelope, CpoSessionAuthorizedV1);
  if (authorized) {
    const { peerId, providerId, operatorId, evseId, identificationRef } = authorized.data;
    return { ...state, known: true, peerId, providerId, operatorId, evseId, identificationRef };
  }
  const received = matchEvent(envelope, RemoteCommandReceivedV1);
  if (received) {
    const { command, peerId, providerId, operatorId, evseId, identificationRef } = received.data;
    const base = state.known ? state : { ...state, known: true, peerId, providerId, operatorId, evseId, identificationRef };
    return { ...base, remote: { ...base.remote, [command]: {} } };
  }
  const answered = matchEvent(envelope, RemoteCommandAnsweredV1);
  if (answered) return { ...state, remote: { ...state.remote, [answered.data.command]: { accepted: answered.data.accepted, statusCode: answered.data.statusCode } } };
  if (matchEvent(envelope, CpoSessionStopAuthorizedV1)) return { ...state, stopAuthorized: true };
  const cdr = matchEvent(envelope, CdrSubmittedV1);
  if (cdr) {
    const { peerId, providerId, operatorId, digest } = cdr.data;
    return { ...state, known: true, peerId: state.peerId ?? peerId, providerId: state.providerId ?? providerId, operatorId: state.operatorId ?? operatorId, cdrDigest: digest };
  }
  const completed = matchEvent(envelope, SessionDeliveryCompletedV1);
  if (completed && completed.data.operation === 'ChargeDetailRecord' && completed.data.outcome === 'delivered') return { ...state, cdrDelivered: true };
  return state;
}

/** An EMP peer's positive AuthorizeStart: the session is theirs from now on. Repeats record nothing. */
export function decideRecordAuthorization(state: CpoSessionState, facts: EventData<typeof CpoSessionAuthorizedV1>): PendingEvent[] {
  if (state.known) return [];
  return [pending(CpoSessionAuthorizedV1, facts)];
}

export type RemoteCommandDecision =
  | { kind: 'ask-backend'; events: PendingEvent[] }
  | { kind: 'answered-before'; accepted: boolean; statusCode: { Code: string; Description?: string; AdditionalInfo?: string } }
  | { kind: 'refuse'; code: '400'; reason: string };

/**
 * An EMP asks to start, stop or reserve. A start (or reservation start) opens the session under the
 * EMP's SessionID; a retried start gets the earlier answer again instead of a second start. A stop must
 * name a session of the same peer ("400 Session is invalid" otherwise).
 */
export function decideRemoteCommand(state: CpoSessionState, facts: EventData<typeof RemoteCommandReceivedV1>): RemoteCommandDecision {
  const opening = facts.command === 'remote-start' || facts.command === 'reservation-start';
  if (!opening && (!state.known || state.peerId !== facts.peerId)) return { kind: 'refuse', code: '400', reason: `no session ${facts.sessionId} of this peer` };
  if (opening && state.known && state.peerId !== facts.peerId) return { kind: 'refuse', code: '400', reason: `session ${facts.sessionId} belongs to another peer` };
  const earlier = state.remote[facts.command];
  if (earlier?.statusCode && earlier.accepted !== undefined) return { kind: 'answered-before', accepted: earlier.accepted, statusCode: earlier.statusCode };
  return { kind: 'ask-backend', events: earlier ? [] : [pending(RemoteCommandReceivedV1, facts)] };
}

/** A notification goes to the session's EMP peer; a session nobody authorized has no EMP to tell. */
export function decideSubmitNotification(state: CpoSessionState, facts: Omit<EventData<typeof ChargingNotificationSubmittedV1>, 'peerId'>): PendingEvent[] {
  if (!state.known || !state.peerId) throw new CodedError(OICP_ERRORS.sessionUnknown, `no EMP peer is known for session ${facts.sessionId}`);
  return [pending(ChargingNotificationSubmittedV1, { ...facts, peerId: state.peerId })];
}

export type CdrDecision = { kind: 'submit'; events: PendingEvent[]; peerId: string } | { kind: 'duplicate'; peerId: string };

/**
 * "Hubject will accept only one CDR per SessionID": the same CDR again is a no-op (the first is being
 * delivered), a different one is refused. The CDR goes to the session's EMP peer, or to `fallbackPeerId`
 * (routed from the ProviderID) for a session this side never saw authorized.
 */
export function decideSubmitCdr(state: CpoSessionState, facts: Omit<EventData<typeof CdrSubmittedV1>, 'peerId'>, fallbackPeerId: string | undefined): CdrDecision {
  if (state.cdrDigest !== undefined) {
    if (state.cdrDigest === facts.digest && state.peerId) return { kind: 'duplicate', peerId: state.peerId };
    throw new CodedError(OICP_ERRORS.cdrConflict, `a different CDR was already submitted for session ${facts.sessionId}`);
  }
  const peerId = state.peerId ?? fallbackPeerId;
  if (!peerId) throw new CodedError(OICP_ERRORS.sessionUnknown, `no EMP peer is known for session ${facts.sessionId}`);
  return { kind: 'submit', peerId, events: [pending(CdrSubmittedV1, { ...facts, peerId, providerId: state.providerId ?? facts.providerId })] };
}
