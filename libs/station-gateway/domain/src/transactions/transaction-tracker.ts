import type { TokenRef } from '@chargemesh/contracts/station';
import { observeSeqNo, type SeqNoRange, type SeqNoState } from './seq-no-ranges';

/** What the gateway remembers of one transaction of a connected station (loaded from the projection at connect). */
export interface TrackedTransaction {
  readonly transactionId: string;
  readonly evseId?: number;
  readonly connectorId?: number;
  readonly token?: TokenRef;
  readonly started: boolean;
  readonly ended: boolean;
  /** 2.0.1 only. */
  readonly seqNos?: SeqNoState;
  /** 1.6 only: connector, timestamp and meterStart of the StartTransaction, which identify a replay of it. */
  readonly startKey?: string;
}

export type TransactionEventKind = 'started' | 'updated' | 'ended';

export type TransactionEventDecision =
  | { readonly kind: 'duplicate' }
  | {
      readonly kind: TransactionEventKind;
      readonly next: TrackedTransaction;
      readonly gap?: { expected: number; received: number };
      readonly missing: readonly SeqNoRange[];
    };

export interface TransactionEventFacts {
  readonly transactionId: string;
  readonly eventType: 'Started' | 'Updated' | 'Ended';
  readonly seqNo: number;
  readonly evseId?: number;
  readonly connectorId?: number;
  readonly token?: TokenRef;
}

/**
 * Decides what a 2.0.1 TransactionEvent means given what is known of its transaction. A seqNo
 * already seen is a retransmission (answered, not stored again). Exactly one TransactionStarted and
 * one TransactionEnded are emitted per transaction: a second Started or Ended with a new seqNo, or an
 * Updated arriving after Ended (retries can reorder), becomes a TransactionUpdated.
 */
export function decideTransactionEvent(current: TrackedTransaction | undefined, facts: TransactionEventFacts): TransactionEventDecision {
  const observed = observeSeqNo(current?.seqNos, facts.seqNo);
  if (observed.duplicate) return { kind: 'duplicate' };
  const kind: TransactionEventKind =
    facts.eventType === 'Started' && !current?.started ? 'started' : facts.eventType === 'Ended' && !current?.ended ? 'ended' : 'updated';
  const next: TrackedTransaction = {
    transactionId: facts.transactionId,
    evseId: facts.evseId ?? current?.evseId,
    connectorId: facts.connectorId ?? current?.connectorId,
    token: facts.token ?? current?.token,
    started: Boolean(current?.started) || facts.eventType === 'Started',
    ended: Boolean(current?.ended) || facts.eventType === 'Ended',
    seqNos: observed.state,
  };
  return { kind, next, missing: observed.state.missing, ...(observed.gap ? { gap: observed.gap } : {}) };
}

/** Identifies a 1.6 StartTransaction: a replay after a lost answer repeats all three. */
export function v16StartKey(connectorId: number, timestamp: string, meterStart: number): string {
  return `${connectorId}|${Date.parse(timestamp)}|${meterStart}`;
}

/**
 * The transactions of one station that the gateway keeps in memory: all open ones plus the most
 * recently ended (so that a replayed stop or a late update is recognised), bounded in number.
 * Changes are committed only after their event is stored, so a failed append forgets nothing.
 */
export class TransactionTracker {
  private readonly byId = new Map<string, TrackedTransaction>();
  private readonly byStartKey = new Map<string, string>();

  constructor(
    initial: Iterable<TrackedTransaction> = [],
    private readonly maxEnded = 64,
  ) {
    for (const transaction of initial) this.commit(transaction);
  }

  get(transactionId: string): TrackedTransaction | undefined {
    return this.byId.get(transactionId);
  }

  findByStartKey(startKey: string): TrackedTransaction | undefined {
    const id = this.byStartKey.get(startKey);
    return id === undefined ? undefined : this.byId.get(id);
  }

  open(): TrackedTransaction[] {
    return [...this.byId.values()].filter((transaction) => !transaction.ended);
  }

  commit(transaction: TrackedTransaction): void {
    // Re-inserting moves it to the end: Map order is then least recently changed first.
    this.byId.delete(transaction.transactionId);
    this.byId.set(transaction.transactionId, transaction);
    if (transaction.startKey) this.byStartKey.set(transaction.startKey, transaction.transactionId);
    if (transaction.ended) this.evictEnded();
  }

  private evictEnded(): void {
    let ended = 0;
    for (const transaction of this.byId.values()) if (transaction.ended) ended++;
    for (const [id, transaction] of this.byId) {
      if (ended <= this.maxEnded) break;
      if (!transaction.ended) continue;
      this.byId.delete(id);
      if (transaction.startKey) this.byStartKey.delete(transaction.startKey);
      ended--;
    }
  }
}
