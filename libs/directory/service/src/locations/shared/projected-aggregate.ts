import { Inject, Injectable } from '@nestjs/common';
import { CodedError, type PendingEvent } from '@chargemesh/contracts/envelope';
import { type AggregateRef, type AppendResult, ConcurrencyConflictError, type EventStore } from '@chargemesh/platform-messaging';
import { EVENT_STORE, ProjectionHost } from '@chargemesh/platform-runtime';

/** An aggregate's state as its projection row holds it, and the stream sequence of the last event that row applied (0: none). */
export interface ProjectedState<TState> {
  state: TState;
  lastSeq: number;
}

export interface ProjectedCommand<TState> {
  ref: AggregateRef;
  /** The projection that keeps the aggregate's row. */
  projection: string;
  read: () => Promise<ProjectedState<TState>>;
  decide: (state: TState) => PendingEvent[];
  correlationId?: string;
  /** Deduplication key of the first event (for writes replayed from another stream). */
  deduplicationKey?: string;
}

const MAX_ATTEMPTS = 8;
const CATCH_UP_MS = 5_000;

/**
 * Load → decide → append for aggregates with long histories (a location receives a status change
 * every few minutes for years): the state comes from the aggregate's projection row instead of
 * replaying every event, and the append expects the row's last sequence, so a stale row can never
 * overwrite a newer event. On a conflict the projection is waited for up to the subject's last
 * event and the decision is taken again. An event the projection could not apply (dead-lettered)
 * leaves the row behind for good: once the projection has passed it, its sequence is expected.
 */
@Injectable()
export class ProjectedAggregates {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionHost,
  ) {}

  async execute<TState>(command: ProjectedCommand<TState>): Promise<{ appended: AppendResult[]; state: TState }> {
    let floor = 0;
    for (let attempt = 1; ; attempt++) {
      const { state, lastSeq } = await command.read();
      const decided = command.decide(state);
      const appended: AppendResult[] = [];
      let expectedSeq = Math.max(lastSeq, floor);
      try {
        for (const [index, event] of decided.entries()) {
          const result = await this.store.append(command.ref, event.definition, event.data, {
            expectedSeq,
            ...(command.correlationId ? { correlationId: command.correlationId } : {}),
            ...(command.deduplicationKey && index === 0 ? { deduplicationKey: command.deduplicationKey } : {}),
          });
          appended.push(result);
          expectedSeq = result.seq;
        }
        if (appended.length) await this.runner(command.projection).waitFor(appended[appended.length - 1].seq, 2_000);
        return { appended, state };
      } catch (error) {
        if (!(error instanceof ConcurrencyConflictError) || attempt >= MAX_ATTEMPTS) throw error;
        floor = await this.store.lastSequence(command.ref);
        if (!(await this.runner(command.projection).waitFor(floor, CATCH_UP_MS))) {
          throw new CodedError('DIRECTORY.UNAVAILABLE', `the ${command.projection} projection is behind; try again later`);
        }
      }
    }
  }

  private runner(projection: string) {
    return this.projections.runner(projection);
  }
}
