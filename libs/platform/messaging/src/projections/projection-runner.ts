import type { ConsumerMessages, JetStreamClient, JetStreamManager, JsMsg } from '@nats-io/jetstream';
import type { Link } from '@opentelemetry/api';
import type { Logger } from 'pino';
import type { DataSource, QueryRunner } from 'typeorm';
import { consumerName, contextSubjects, streamName } from '@chargemesh/contracts/envelope';
import { contextFromTraceparent, linkFromTraceparent, SpanKind, withSpan } from '@chargemesh/platform-observability';
import { PostgresLeaderLock } from '@chargemesh/platform-persistence';
import { decodeEnvelope } from '../events/envelope-codec';
import { classifyProjectionError } from './error-classification';
import { MessageQueue } from './message-queue';
import type { Projection, ProjectionEvent } from './projection';
import { ProjectionConsumer } from './projection-consumer';
import * as store from './projection-store';

export interface ProjectionRunnerDeps {
  js: JetStreamClient;
  jsm: JetStreamManager;
  dataSource: DataSource;
  logger: Logger;
  namespace: string;
  service: string;
}

export interface ProjectionRunnerOptions {
  batchSize?: number;
  ackWaitMs?: number;
  leadershipRetryMs?: number;
  /** Delays between retries of a failing event, the last one repeating. */
  retryBackoffMs?: readonly number[];
  /** Attempts for an unexpected (non-transient) error before the event is dead-lettered. */
  maxAttempts?: number;
  /** Test seam: runs after a batch committed and before it is acknowledged. */
  afterCommit?: (seqs: number[]) => Promise<void> | void;
}

export type ProjectionRole = 'starting' | 'standby' | 'active' | 'stopped';

export interface ProjectionStatus {
  projection: string;
  version: number;
  role: ProjectionRole;
  lastSeq: number;
  caughtUp: boolean;
}

interface Settlement {
  acks: JsMsg[];
  terms: JsMsg[];
}

/**
 * Keeps one projection up to date. Exactly one instance per projection version is active
 * (a Postgres advisory lock elects it; the others stand by). Each batch is applied and the
 * checkpoint advanced in one transaction, and messages are acknowledged only after the commit;
 * a redelivered message at or below the checkpoint is skipped, so nothing is applied twice.
 * Unreadable events and permanent failures go to the dead-letter table and the projection moves
 * on; transient failures are retried with backoff, forever.
 */
export class ProjectionRunner {
  private readonly options: Required<Omit<ProjectionRunnerOptions, 'afterCommit'>> & Pick<ProjectionRunnerOptions, 'afterCommit'>;
  private readonly consumer: ProjectionConsumer;
  private readonly stream: string;
  private readonly logger: Logger;
  private role: ProjectionRole = 'starting';
  private stopping = false;
  private running?: Promise<void>;
  private readonly leadership: PostgresLeaderLock;
  private messages?: ConsumerMessages;
  private lastSeq = 0;
  private caughtUp = false;
  private supersedesVersion?: number;
  private supersededBy?: number;
  private readonly attempts = new Map<number, number>();
  private wakeSleep?: () => void;
  private progressWaiters: Array<() => void> = [];

  constructor(
    readonly projection: Projection,
    private readonly deps: ProjectionRunnerDeps,
    options: ProjectionRunnerOptions = {},
  ) {
    this.options = {
      batchSize: 500,
      ackWaitMs: 30_000,
      leadershipRetryMs: 2_000,
      retryBackoffMs: [100, 500, 2_000, 5_000, 15_000],
      maxAttempts: 5,
      ...options,
    };
    this.stream = streamName(deps.namespace, projection.stream.name);
    const filter = projection.aggregate
      ? `${contextSubjects(deps.namespace, projection.stream.context).slice(0, -1)}${projection.aggregate}.*`
      : contextSubjects(deps.namespace, projection.stream.context);
    this.consumer = new ProjectionConsumer(deps.js, deps.jsm, this.stream, this.consumerNameFor(projection.version), filter, {
      ackWaitMs: this.options.ackWaitMs,
      maxAckPending: this.options.batchSize * 4,
    });
    this.leadership = new PostgresLeaderLock(deps.dataSource, `projection:${projection.name}:v${projection.version}`);
    this.logger = deps.logger.child({ projection: projection.name, version: projection.version });
  }

  start(): void {
    this.running ??= this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wakeSleep?.();
    await this.messages?.close();
    await this.running;
    this.role = 'stopped';
  }

  status(): ProjectionStatus {
    return { projection: this.projection.name, version: this.projection.version, role: this.role, lastSeq: this.lastSeq, caughtUp: this.caughtUp };
  }

  /**
   * Waits until this projection has applied stream sequence `seq` (for read-your-writes after an
   * append). Works from any instance: a standby reads the checkpoint from the database.
   */
  async waitFor(seq: number, timeoutMs = 5_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.lastSeq >= seq) return true;
      if (this.role !== 'active' && (await store.readCheckpoint(this.deps.dataSource, this.projection.name, this.projection.version)) >= seq) return true;
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, this.role === 'active' ? left : 25));
        this.progressWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      try {
        if (!(await this.leadership.acquire())) {
          this.role = 'standby';
          await this.sleep(this.options.leadershipRetryMs);
          continue;
        }
        this.role = 'active';
        await this.prepare();
        if (this.supersededBy !== undefined) {
          // An older deployment still running next to a newer one: building this version would be wasted work.
          this.role = 'standby';
          this.logger.warn({ activeVersion: this.supersededBy }, 'a newer version of this projection is live; standing by');
          await this.leadership.release();
          await this.sleep(Math.max(this.options.leadershipRetryMs, 30_000));
          continue;
        }
        const retryAfterMs = await this.consume();
        failures = 0;
        if (retryAfterMs > 0) await this.sleep(retryAfterMs);
      } catch (error) {
        if (this.stopping) break;
        failures++;
        this.logger.warn({ err: error, failures }, 'projection runner failed; retrying');
        await this.leadership.release();
        await this.sleep(this.backoff(failures));
      }
    }
    await this.leadership.release();
  }

  /**
   * Creates this version's tables and, on a first deployment, the plain-named views, so reads
   * work before the first event is applied. Safe from any instance; instances serialise here.
   */
  async prepareReadModel(): Promise<void> {
    await store.inTransaction(this.deps.dataSource, async (runner) => {
      await runner.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`projection-setup:${this.projection.name}`]);
      const active = await store.activeVersion(runner, this.projection.name);
      this.supersededBy = active !== undefined && active > this.projection.version ? active : undefined;
      this.supersedesVersion = active !== undefined && active < this.projection.version ? active : undefined;
      if (this.supersededBy !== undefined) return;
      if (!(await store.tablesExist(runner, this.projection))) await this.projection.createTables(store.projectionDb(runner, this.projection));
      if (active === undefined) await store.activateVersion(runner, this.projection);
    });
  }

  /** Settles which version the views show and reads the checkpoint. */
  private async prepare(): Promise<void> {
    await this.prepareReadModel();
    this.lastSeq = await store.readCheckpoint(this.deps.dataSource, this.projection.name, this.projection.version);
  }

  /** Pulls and applies until stopped or until the consumer must be repositioned; returns the delay before that. */
  private async consume(): Promise<number> {
    const opened = await this.consumer.open(this.lastSeq);
    let expectedDeliverySeq = opened.nextDeliverySeq;
    if (opened.pending === 0) await this.markCaughtUp();
    const messages = await opened.consumer.consume({ max_messages: this.options.batchSize * 2 });
    this.messages = messages;
    const queue = new MessageQueue<JsMsg>();
    const pump = (async () => {
      try {
        for await (const message of messages) queue.push(message);
      } catch (error) {
        this.logger.warn({ err: error }, 'pulling from the consumer failed');
      } finally {
        queue.close();
      }
    })();
    try {
      while (!this.stopping) {
        const batch = await queue.take(this.options.batchSize);
        if (batch.length === 0) return this.stopping ? 0 : this.options.retryBackoffMs[0];
        // A skipped consumer sequence or a redelivery means a delivery went missing: stop at the gap and
        // re-create the consumer at the checkpoint rather than apply anything out of order.
        let regular = 0;
        while (regular < batch.length && batch[regular].info.deliverySequence === expectedDeliverySeq && batch[regular].info.deliveryCount === 1) {
          regular++;
          expectedDeliverySeq++;
        }
        const failure = await this.processBatch(batch.slice(0, regular));
        if (failure) {
          // Give every unsettled message back with the backoff, in stream order, then resume from the checkpoint.
          for (const message of [...failure.unsettled, ...batch.slice(regular), ...queue.drain()]) {
            message.nak(failure.retryAfterMs);
          }
          return failure.retryAfterMs;
        }
        if (regular < batch.length) {
          this.logger.info({ atSeq: batch[regular].seq }, 'delivery out of sequence; repositioning at the checkpoint');
          return 0;
        }
        if (batch[batch.length - 1].info.pending === 0) await this.markCaughtUp();
      }
      return 0;
    } finally {
      this.messages = undefined;
      await messages.close();
      await pump;
    }
  }

  /** Applies a batch; on failure, isolates the failing event by retrying the batch one event at a time. */
  private async processBatch(batch: JsMsg[]): Promise<{ retryAfterMs: number; unsettled: JsMsg[] } | undefined> {
    if (batch.length === 0) return undefined;
    let settlement: Settlement;
    try {
      settlement = await this.commit(batch);
    } catch (error) {
      if (batch.length > 1) {
        for (let index = 0; index < batch.length; index++) {
          const failure = await this.processBatch([batch[index]]);
          if (failure) return { retryAfterMs: failure.retryAfterMs, unsettled: batch.slice(index) };
        }
        return undefined;
      }
      return this.handleFailure(batch[0], error);
    }
    await this.options.afterCommit?.(batch.map((message) => message.seq));
    // Acknowledge only now that the transaction is committed; a lost ack means a redelivery that is skipped.
    settlement.acks.forEach((message) => message.ack());
    settlement.terms.forEach((message) => message.term());
    return undefined;
  }

  private async commit(batch: JsMsg[]): Promise<Settlement> {
    const settlement: Settlement = { acks: [], terms: [] };
    const newLast = await store.inTransaction(this.deps.dataSource, async (runner) => {
      const checkpoint = await store.lockCheckpoint(runner, this.projection, this.stream);
      const events: ProjectionEvent[] = [];
      let last = checkpoint;
      for (const message of batch) {
        if (message.seq <= checkpoint) {
          settlement.acks.push(message); // applied before; its ack was lost
          continue;
        }
        last = message.seq;
        try {
          events.push({ seq: message.seq, subject: message.subject, envelope: decodeEnvelope(message.data, message.subject, message.seq) });
          settlement.acks.push(message);
        } catch (error) {
          await store.insertDeadLetter(runner, this.projection, this.deadLetterOf(message, error, 1));
          this.logger.error({ err: error, seq: message.seq }, 'unreadable event dead-lettered');
          settlement.terms.push(message);
        }
      }
      if (events.length) await this.applyTraced(events, runner);
      if (last > checkpoint) await store.advanceCheckpoint(runner, this.projection, last);
      return last;
    });
    this.recordProgress(newLast);
    return settlement;
  }

  private async applyTraced(events: ProjectionEvent[], runner: QueryRunner): Promise<void> {
    const single = events.length === 1 ? events[0].envelope.traceparent : undefined;
    const links = events.length > 1 ? events.slice(0, 32).map((event) => linkFromTraceparent(event.envelope.traceparent)).filter((link): link is Link => !!link) : [];
    await withSpan(
      `process ${this.projection.stream.name}`,
      {
        kind: SpanKind.CONSUMER,
        parent: single ? contextFromTraceparent(single) : undefined,
        links,
        attributes: { 'messaging.system': 'nats', 'messaging.batch.message_count': events.length, 'projection.name': this.projection.name },
      },
      () => this.projection.apply(events, store.projectionDb(runner, this.projection)),
    );
  }

  private async handleFailure(message: JsMsg, error: unknown): Promise<{ retryAfterMs: number; unsettled: JsMsg[] } | undefined> {
    const kind = classifyProjectionError(error);
    const attempts = (this.attempts.get(message.seq) ?? 0) + 1;
    this.attempts.set(message.seq, attempts);
    if (kind === 'permanent' || (kind === 'unknown' && attempts >= this.options.maxAttempts)) {
      await store.inTransaction(this.deps.dataSource, async (runner) => {
        const checkpoint = await store.lockCheckpoint(runner, this.projection, this.stream);
        if (message.seq <= checkpoint) return;
        await store.insertDeadLetter(runner, this.projection, this.deadLetterOf(message, error, attempts));
        await store.advanceCheckpoint(runner, this.projection, message.seq);
      });
      this.recordProgress(message.seq);
      this.attempts.delete(message.seq);
      message.term();
      this.logger.error({ err: error, seq: message.seq, attempts, kind }, 'event dead-lettered; the projection moves on');
      return undefined;
    }
    const retryAfterMs = this.backoff(attempts);
    this.logger.warn({ err: error, seq: message.seq, attempts, kind, retryAfterMs }, 'applying an event failed; will retry');
    return { retryAfterMs, unsettled: [message] };
  }

  private deadLetterOf(message: JsMsg, error: unknown, attempts: number): store.DeadLetter {
    const raw = Buffer.from(message.data).toString('utf8');
    let envelope: { id?: unknown; type?: unknown } = {};
    try {
      envelope = JSON.parse(raw);
    } catch {
      // unreadable: the raw text is all there is
    }
    return {
      stream: this.stream,
      seq: message.seq,
      subject: message.subject,
      eventId: typeof envelope.id === 'string' ? envelope.id : undefined,
      eventType: typeof envelope.type === 'string' ? envelope.type : undefined,
      errorCode: (error as { code?: unknown })?.code?.toString() ?? 'PROJECTION.FAILED',
      error: (error as Error)?.message ?? String(error),
      attempts,
      payload: raw,
    };
  }

  private async markCaughtUp(): Promise<void> {
    if (!this.caughtUp) this.logger.info({ lastSeq: this.lastSeq }, 'projection caught up');
    this.caughtUp = true;
    if (this.supersedesVersion === undefined) return;
    const previous = this.supersedesVersion;
    await store.inTransaction(this.deps.dataSource, async (runner) => {
      await store.activateVersion(runner, this.projection);
      await store.dropVersion(runner, this.projection, previous);
    });
    await this.consumer.delete(this.consumerNameFor(previous));
    this.supersedesVersion = undefined;
    this.logger.info({ previousVersion: previous }, 'rebuilt projection is now live');
  }

  private recordProgress(seq: number): void {
    if (seq <= this.lastSeq) return;
    this.lastSeq = seq;
    const waiters = this.progressWaiters;
    this.progressWaiters = [];
    waiters.forEach((wake) => wake());
  }

  private consumerNameFor(version: number): string {
    return consumerName(this.deps.namespace, this.deps.service, this.projection.name, version);
  }

  private backoff(attempt: number): number {
    const steps = this.options.retryBackoffMs;
    return steps[Math.min(attempt, steps.length) - 1] ?? steps[steps.length - 1];
  }

  private sleep(ms: number): Promise<void> {
    if (this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeSleep = done;
    });
  }
}
