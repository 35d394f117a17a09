import type { EventEnvelope, PendingEvent } from '@chargemesh/contracts/envelope';
import type { AggregateRef, AppendResult, EventStore } from './event-store';
import { ConcurrencyConflictError } from './event-store.errors';

/** How an aggregate's state is folded from its events (pure, from a domain library). */
export interface AggregateBehaviour<TState> {
  initial: TState;
  evolve(state: TState, event: EventEnvelope): TState;
}

export interface CommandContext {
  correlationId?: string;
  causationId?: string;
  maxAttempts?: number;
}

/**
 * Load → decide → append with the expected sequence; on a concurrency conflict, reload and
 * decide again with the newer state, so that concurrent writers never overwrite each other and
 * never lose an event. `decide` throws a CodedError for a refused command and must be pure.
 */
export async function executeAggregateCommand<TState>(
  store: EventStore,
  ref: AggregateRef,
  behaviour: AggregateBehaviour<TState>,
  decide: (state: TState) => PendingEvent[],
  context: CommandContext = {},
): Promise<{ appended: AppendResult[]; state: TState; attempts: number }> {
  const maxAttempts = context.maxAttempts ?? 8;
  for (let attempt = 1; ; attempt++) {
    const { events, lastSeq } = await store.load(ref);
    let state = events.reduce((current, stored) => behaviour.evolve(current, stored.envelope), behaviour.initial);
    const decided = decide(state);
    const appended: AppendResult[] = [];
    let expectedSeq = lastSeq;
    try {
      for (const event of decided) {
        const result = await store.append(ref, event.definition, event.data, { ...context, expectedSeq });
        appended.push(result);
        expectedSeq = result.seq;
        state = behaviour.evolve(state, result.envelope);
      }
      return { appended, state, attempts: attempt };
    } catch (error) {
      if (!(error instanceof ConcurrencyConflictError) || attempt >= maxAttempts) throw error;
      // Events already appended in this attempt stay; the next decide sees them in the reloaded state.
      await sleep(Math.random() * 5 * 2 ** attempt);
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
