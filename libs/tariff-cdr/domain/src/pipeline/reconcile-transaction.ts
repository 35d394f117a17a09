import { pending, type PendingEvent } from '@chargemesh/contracts/envelope';
import type { CdrReceiver, CdrTokenRef } from '@chargemesh/contracts/cdr';
import { ChargingSessionCompletedV1, ChargingSessionStartedV1, ChargingSessionTokenResolvedV1, ChargingSessionUpdatedV1 } from '@chargemesh/contracts/session';
import { sameContent } from '../shared/canonical-digest';
import type { CpoSessionState } from './cpo-session.aggregate';
import { cdrObjectOf, priceOf, type SessionContext, sessionObjectOf } from './priced-session';
import { meteringOf } from './station-metering';
import type { TransactionFacts } from './transaction-facts';

/** Whose token started the transaction, as far as the lookups could tell. */
export interface TokenOwner {
  receiver: CdrReceiver;
  cdrToken?: CdrTokenRef;
}

/** What the start of a session needs from outside the transaction: the lookups' answers. */
export interface SessionStartInput {
  context: SessionContext;
  owner: TokenOwner;
  stationTokenRef?: string;
}

/** A CDR ready to be issued (once: the CDR aggregate refuses a second one). */
export interface CdrDraft {
  cdr: Record<string, unknown>;
  receiver: CdrReceiver;
  cdrToken?: CdrTokenRef;
}

export interface Reconciliation {
  events: PendingEvent[];
  cdr?: CdrDraft;
}

const withoutLastUpdated = (object: Record<string, unknown> | undefined) => {
  if (!object) return undefined;
  const { last_updated: _ignored, ...rest } = object;
  return rest;
};

/**
 * Brings the session of a transaction in line with everything the station reported: starts it
 * (when `start` is given), updates kWh, cost and closed periods, completes it when the transaction
 * ended, and drafts its CDR. Idempotent: facts already reflected (stationSeq) or content that did
 * not change give no event. A completed session never changes again; its CDR is drafted again
 * from the same facts so that a crash between completing and issuing loses nothing.
 */
export function reconcileTransaction(state: CpoSessionState, facts: TransactionFacts, start: SessionStartInput | undefined, now: Date): Reconciliation {
  const metering = meteringOf(facts);
  if (!metering) return { events: [] };
  const context = state.context ?? start?.context;
  if (!context) throw new Error('a session that has not started needs its start input');
  const final = facts.endedAt !== undefined;
  const lastUpdated = now.toISOString();
  const price = priceOf(context, metering, final);
  const receiver = state.receiver ?? (start as SessionStartInput).owner.receiver;
  const cdrToken = state.cdrToken ?? start?.owner.cdrToken;
  const cdr = final ? { cdr: cdrObjectOf(context, price, lastUpdated), receiver, ...(cdrToken ? { cdrToken } : {}) } : undefined;
  if (state.completed || (state.started && facts.lastSeq <= state.stationSeq)) return { events: [], ...(state.completed && cdr ? { cdr } : {}) };

  const events: PendingEvent[] = [];
  if (!state.started) {
    const owner = (start as SessionStartInput).owner;
    events.push(
      pending(ChargingSessionStartedV1, {
        cpo: context.cpo,
        sessionId: context.sessionId,
        stationId: facts.stationId,
        transactionId: facts.transactionId,
        ...(start?.stationTokenRef ? { stationTokenRef: start.stationTokenRef } : {}),
        ...(owner.cdrToken ? { cdrToken: owner.cdrToken } : {}),
        receiver: owner.receiver,
        ...(context.tariff ? { tariff: context.tariff } : {}),
        timeZone: context.timeZone,
        cdrLocation: context.cdrLocation,
        session: sessionObjectOf(context, final ? priceOf(context, metering, false) : price, false, lastUpdated),
        stationSeq: facts.lastSeq,
      }),
    );
  }
  if (final) {
    events.push(pending(ChargingSessionCompletedV1, { session: sessionObjectOf(context, price, true, lastUpdated), stationSeq: facts.lastSeq }));
    return { events, cdr };
  }
  const session = sessionObjectOf(context, price, false, lastUpdated);
  if (state.started && !sameContent(withoutLastUpdated(state.session), withoutLastUpdated(session))) {
    events.push(pending(ChargingSessionUpdatedV1, { session, stationSeq: facts.lastSeq }));
  }
  return { events };
}

/** The owner of a session's token became known: only a session still waiting for one takes it. */
export function decideTokenResolved(state: CpoSessionState, owner: TokenOwner): PendingEvent[] {
  if (!state.started || state.receiver?.kind !== 'unknown' || owner.receiver.kind === 'unknown' || !owner.cdrToken) return [];
  return [pending(ChargingSessionTokenResolvedV1, { cdrToken: owner.cdrToken, receiver: owner.receiver })];
}
