import { CodedError, type EventEnvelope, matchEvent, pending, type PendingEvent } from '@chargemesh/contracts/envelope';
import {
  type CdrDeliveryState,
  CdrDeliveredV1,
  CdrDeliveryRejectedV1,
  CdrIssuedV1,
  type CdrReceiver,
  CdrReceiverAssignedV1,
  CdrRedeliveryRequestedV1,
  type CdrTokenRef,
} from '@chargemesh/contracts/cdr';
import { type PartyRef, TARIFF_CDR_ERRORS } from '@chargemesh/contracts/tariff';
import type { CdrDraft } from '../pipeline/reconcile-transaction';

/** A hosted CPO's CDR and where its delivery stands. */
export interface CpoCdrState {
  issued: boolean;
  cdr?: Record<string, unknown>;
  cdrToken?: CdrTokenRef;
  receiver?: CdrReceiver;
  delivery?: CdrDeliveryState;
  location?: string;
}

export const initialCpoCdr: CpoCdrState = { issued: false };

const stateAfterReceiver = (receiver: CdrReceiver): CdrDeliveryState => (receiver.kind === 'unknown' ? 'waiting' : 'pending');

export function evolveCpoCdr(state: CpoCdrState, event: EventEnvelope): CpoCdrState {
  const issued = matchEvent(event, CdrIssuedV1);
  if (issued) {
    const { cdr, cdrToken, receiver } = issued.data;
    return { issued: true, cdr, ...(cdrToken ? { cdrToken } : {}), receiver, delivery: stateAfterReceiver(receiver) };
  }
  const assigned = matchEvent(event, CdrReceiverAssignedV1);
  if (assigned) return { ...state, cdrToken: assigned.data.cdrToken, receiver: assigned.data.receiver, delivery: stateAfterReceiver(assigned.data.receiver) };
  const delivered = matchEvent(event, CdrDeliveredV1);
  if (delivered) return { ...state, delivery: 'delivered', ...(delivered.data.location ? { location: delivered.data.location } : {}) };
  if (matchEvent(event, CdrDeliveryRejectedV1)) return { ...state, delivery: 'rejected' };
  if (matchEvent(event, CdrRedeliveryRequestedV1)) return { ...state, delivery: 'pending' };
  return state;
}

export interface CdrIssue {
  cpo: PartyRef;
  cdrId: string;
  sessionId: string;
  stationId: string;
  transactionId: string;
  draft: CdrDraft;
}

/** Issued once per transaction: the id is the session's, and a second draft finds it issued. */
export function decideIssueCdr(state: CpoCdrState, issue: CdrIssue): PendingEvent[] {
  if (state.issued) return [];
  const { draft } = issue;
  return [
    pending(CdrIssuedV1, {
      cpo: issue.cpo,
      cdrId: issue.cdrId,
      sessionId: issue.sessionId,
      stationId: issue.stationId,
      transactionId: issue.transactionId,
      cdr: draft.cdr,
      ...(draft.cdrToken ? { cdrToken: draft.cdrToken } : {}),
      receiver: draft.receiver,
    }),
  ];
}

/** A waiting CDR gets the owner of its token; a CDR already on its way keeps its receiver (it may have it already). */
export function decideAssignReceiver(state: CpoCdrState, receiver: CdrReceiver, cdrToken: CdrTokenRef): PendingEvent[] {
  if (!state.issued || state.delivery !== 'waiting' || receiver.kind === 'unknown') return [];
  return [pending(CdrReceiverAssignedV1, { cdrToken, receiver })];
}

export function decideDelivered(state: CpoCdrState, outcome: { location?: string; attempts: number; at: Date }): PendingEvent[] {
  if (!state.issued || state.delivery !== 'pending' || !state.receiver) return [];
  return [pending(CdrDeliveredV1, { receiver: state.receiver, ...(outcome.location ? { location: outcome.location } : {}), attempts: outcome.attempts, deliveredAt: outcome.at.toISOString() })];
}

export function decideRejected(state: CpoCdrState, outcome: { attempts: number; statusCode?: number; httpStatus?: number; message: string }): PendingEvent[] {
  if (!state.issued || state.delivery !== 'pending' || !state.receiver) return [];
  return [pending(CdrDeliveryRejectedV1, { receiver: state.receiver, ...outcome })];
}

export function decideRedelivery(state: CpoCdrState, reason: string | undefined): PendingEvent[] {
  if (!state.issued || state.delivery !== 'rejected') {
    throw new CodedError(TARIFF_CDR_ERRORS.cdrNotRejected, `the CDR is ${state.issued ? state.delivery : 'not issued'}; only a rejected delivery can be retried`);
  }
  return [pending(CdrRedeliveryRequestedV1, reason ? { reason } : {})];
}
