import { CodedError, type EventData, type EventEnvelope, matchEvent, pending, type PendingEvent } from '@chargemesh/contracts/envelope';
import {
  CdrReceivedV1,
  ChargingNotificationReceivedV1,
  EmpSessionAuthorizedV1,
  EmpSessionStopAuthorizedV1,
  OICP_ERRORS,
  type RemoteCommand,
  RemoteCommandOutcomeRecordedV1,
  RemoteCommandRequestedV1,
} from '@chargemesh/contracts/oicp';
import { sameOperatorId } from '@chargemesh/protocol-oicp';

/*
 * A session as the EMP side sees it. The EMP mints the SessionID (AuthorizeStart answer, remote start
 * request), so the session exists here before the CPO has answered, and a remote start whose call timed
 * out still collects its notifications and its CDR (research/oicp.md §7).
 */

export interface EmpSessionState {
  known: boolean;
  peerId?: string;
  operatorId?: string;
  providerId?: string;
  evseId?: string;
  remote: Partial<Record<RemoteCommand, string>>;
  notifications: number;
  stopAuthorized: boolean;
  cdrDigest?: string;
}

export const initialEmpSessionState: EmpSessionState = { known: false, remote: {}, notifications: 0, stopAuthorized: false };

function opened(state: EmpSessionState, facts: { peerId: string; operatorId: string; providerId?: string; evseId?: string }): EmpSessionState {
  if (state.known) return state;
  return { ...state, known: true, peerId: facts.peerId, operatorId: facts.operatorId, providerId: facts.providerId, evseId: facts.evseId };
}

export function evolveEmpSession(state: EmpSessionState, envelope: EventEnvelope): EmpSessionState {
  const authorized = matchEvent(envelope, EmpSessionAuthorizedV1);
  if (authorized) return opened(state, authorized.data);
  const requested = matchEvent(envelope, RemoteCommandRequestedV1);
  if (requested) {
    const next = opened(state, requested.data);
    return { ...next, remote: { ...next.remote, [requested.data.command]: 'requested' } };
  }
  const outcome = matchEvent(envelope, RemoteCommandOutcomeRecordedV1);
  if (outcome) return { ...state, remote: { ...state.remote, [outcome.data.command]: outcome.data.outcome } };
  if (matchEvent(envelope, EmpSessionStopAuthorizedV1)) return { ...state, stopAuthorized: true };
  const notification = matchEvent(envelope, ChargingNotificationReceivedV1);
  if (notification) return { ...opened(state, notification.data), notifications: state.notifications + 1 };
  const cdr = matchEvent(envelope, CdrReceivedV1);
  if (cdr) return { ...opened(state, cdr.data), cdrDigest: cdr.data.digest };
  return state;
}

/** Only the CPO peer the session is with may report on it; the first report of an unknown session opens it. */
function checkReporter(state: EmpSessionState, sessionId: string, peerId: string, operatorId: string): void {
  if (!state.known) return;
  const samePeer = state.peerId === peerId;
  const sameOperator = state.operatorId === undefined || sameOperatorId(state.operatorId, operatorId);
  if (!samePeer || !sameOperator) throw new CodedError(OICP_ERRORS.sessionUnknown, `session ${sessionId} is not a session with this CPO`);
}

export function decideNotificationReceived(state: EmpSessionState, facts: EventData<typeof ChargingNotificationReceivedV1>): PendingEvent[] {
  checkReporter(state, facts.sessionId, facts.peerId, facts.operatorId);
  return [pending(ChargingNotificationReceivedV1, facts)];
}

export type CdrReceipt = { kind: 'recorded'; events: PendingEvent[] } | { kind: 'duplicate' };

/**
 * One CDR per session. The same CDR again (a retried delivery, a pull after a push) is acknowledged and
 * recorded nothing; a different CDR for the same session is refused.
 */
export function decideCdrReceived(state: EmpSessionState, facts: EventData<typeof CdrReceivedV1>): CdrReceipt {
  checkReporter(state, facts.sessionId, facts.peerId, facts.operatorId);
  if (state.cdrDigest !== undefined) {
    if (state.cdrDigest === facts.digest) return { kind: 'duplicate' };
    throw new CodedError(OICP_ERRORS.cdrConflict, `a different CDR was already received for session ${facts.sessionId}`);
  }
  return { kind: 'recorded', events: [pending(CdrReceivedV1, facts)] };
}

/** AuthorizeStop for a session we authorized with the same CPO; anything else is "400 Session is invalid". */
export function decideAuthorizeStop(state: EmpSessionState, sessionId: string, peerId: string, operatorId: string): PendingEvent[] {
  if (!state.known) throw new CodedError(OICP_ERRORS.sessionUnknown, `no session ${sessionId}`);
  checkReporter(state, sessionId, peerId, operatorId);
  return state.stopAuthorized ? [] : [pending(EmpSessionStopAuthorizedV1, { sessionId, peerId })];
}
