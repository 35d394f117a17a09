import { type BeforeApplicationShutdown, Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { Client } from 'pg';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { isCodedError } from '@chargemesh/contracts/envelope';
import { OICP_AGGREGATES, OICP_ERRORS, SessionDeliveryCompletedV1 } from '@chargemesh/contracts/oicp';
import { type AttemptResult, coalesceStatusPushes, decideDelivery, type QueuedStatusPush, retryDelayMs, withPersonalData } from '@chargemesh/oicp-peer-domain';
import type { EventStore } from '@chargemesh/platform-messaging';
import { DATA_SOURCE, EVENT_STORE, LOGGER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { OICP_OPERATIONS, type OicpOperationName } from '@chargemesh/protocol-oicp';
import type { OicpPeerConfig } from '../oicp-peer.config';
import { PeerClient, type PeerCallResult } from '../peer-api/peer-client';
import { DELIVERY_CHANNEL } from '../projections/deliveries.projection';
import { oicpRef } from '../shared/aggregates';
import { PersonalDataVault } from '../shared/personal-data.vault';
import { DeliveryRepository, type DeliveryRow } from './delivery.repository';

/** An arbitrary constant: the advisory lock that makes one instance per database the sender. */
const SENDER_LOCK = 7_240_461_785;
const MAX_MERGED_STATUS_RECORDS = 5_000;
const MAX_MERGED_ROWS = 500;

const attemptOf = (result: PeerCallResult): AttemptResult =>
  result.kind === 'answered' ? { kind: 'answered', httpStatus: result.httpStatus, result: result.result, code: result.code } : { kind: result.kind, detail: result.detail };

const queuedStatusPush = (row: DeliveryRow): QueuedStatusPush => ({ id: row.id, coalesceKey: row.coalesce_key ?? undefined, body: row.body as unknown as QueuedStatusPush['body'] });

const describe = (result: PeerCallResult) =>
  result.kind === 'answered' ? `HTTP ${result.httpStatus}${result.code ? `, status ${result.code}` : ''}` : `${result.kind}: ${result.detail}`;

/**
 * Works off the delivery queue: one request in flight per lane (peer and operation), lanes in
 * parallel, the head of a lane retried with backoff until the peer takes it, so pushes of one operation
 * reach a peer in order. One instance sends (a Postgres advisory lock, held on the connection that also
 * LISTENs for new work); the others stand by. Sending is at least once: a crash after the peer's answer
 * and before the row is marked sends it again, and the receiver drops the repeat (one CDR per session).
 */
@Injectable()
export class DeliveryWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private client?: Client;
  private leader = false;
  private stopping = false;
  private running?: Promise<void>;
  private readonly lanes = new Map<string, Promise<void>>();
  private wake?: () => void;
  private poked = false;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly deliveries: DeliveryRepository,
    private readonly peers: PeerClient,
    private readonly vault: PersonalDataVault,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SERVICE_CONFIG) private readonly config: OicpPeerConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.running = this.run();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    this.poke();
    await this.running;
    await Promise.allSettled(this.lanes.values());
    await this.resign();
  }

  /** Whether this instance currently holds the sender lock (for health and tests). */
  isSender(): boolean {
    return this.leader;
  }

  poke(): void {
    this.poked = true;
    this.wake?.();
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      try {
        if (!this.leader) await this.lead();
        const untilDue = this.leader ? this.dispatch(await this.deliveries.laneHeads()) : Infinity;
        await this.sleep(Math.min(this.config.OICP_DELIVERY_POLL_MS, untilDue));
      } catch (error) {
        if (this.stopping) break;
        this.logger.warn({ err: error }, 'the delivery worker failed; retrying');
        await this.resign();
        await this.sleep(this.config.OICP_DELIVERY_POLL_MS);
      }
    }
  }

  private async lead(): Promise<void> {
    if (!this.client) {
      const client = new Client({ connectionString: (this.dataSource.options as { url?: string }).url, application_name: 'chargemesh-oicp-peer-delivery' });
      client.on('error', (error) => this.logger.warn({ err: error }, 'the delivery worker lost its database connection'));
      client.on('notification', () => this.poke());
      await client.connect();
      this.client = client;
    }
    const { rows } = await this.client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [SENDER_LOCK]);
    if (!rows[0].locked) return;
    await this.client.query(`LISTEN ${DELIVERY_CHANNEL}`);
    this.leader = true;
    this.logger.info('this instance now sends OICP deliveries');
  }

  private async resign(): Promise<void> {
    this.leader = false;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  /** Starts a worker for every lane whose head is due; returns the time until the next head falls due. */
  private dispatch(heads: { lane: string; next_attempt_at: Date }[]): number {
    let untilDue = Infinity;
    for (const head of heads) {
      if (this.lanes.has(head.lane)) continue;
      const wait = new Date(head.next_attempt_at).getTime() - Date.now();
      if (wait > 0) {
        untilDue = Math.min(untilDue, wait);
        continue;
      }
      const lane = this.workLane(head.lane)
        .catch((error: unknown) => this.logger.warn({ err: error, lane: head.lane }, 'a delivery lane failed; it will be retried'))
        .finally(() => {
          this.lanes.delete(head.lane);
          this.poke();
        });
      this.lanes.set(head.lane, lane);
    }
    return untilDue;
  }

  private async workLane(lane: string): Promise<void> {
    while (!this.stopping && this.leader) {
      // The head alone unless it may merge: a lane may queue many parts of a large fullLoad, each near max_payload.
      const [head] = await this.deliveries.pendingOf(lane, 1);
      if (!head || new Date(head.next_attempt_at).getTime() > Date.now()) return;
      const batch = head.coalesce_key
        ? coalesceStatusPushes((await this.deliveries.pendingOf(lane, MAX_MERGED_ROWS)).map(queuedStatusPush), MAX_MERGED_STATUS_RECORDS)
        : { ids: [head.id], body: head.body };
      const outcome = await this.attempt(head, batch.ids, batch.body as Record<string, unknown>);
      if (outcome === 'retry') return;
    }
  }

  private async attempt(head: DeliveryRow, merged: number[], body: Record<string, unknown>): Promise<'done' | 'retry'> {
    let request = body;
    if (head.personal_field && head.personal_ref) {
      const personal = await this.vault.get(head.personal_ref);
      if (personal === undefined) return this.settle(head, merged, 'refused', undefined, 'the personal data of this message was erased');
      request = withPersonalData(body, head.personal_field, personal);
    }
    let result: PeerCallResult;
    try {
      result = await this.peers.call(head.peer_id, OICP_OPERATIONS[head.operation as OicpOperationName], head.caller_id ?? undefined, request);
    } catch (error) {
      const permanent = isCodedError(error) && (error.code === OICP_ERRORS.peerNotFound || error.code === OICP_ERRORS.invalid);
      return this.settle(head, merged, permanent ? 'refused' : 'retry', undefined, (error as Error).message);
    }
    const decision = decideDelivery(attemptOf(result));
    return this.settle(head, merged, decision, result.kind === 'answered' ? result.code : undefined, describe(result));
  }

  private async settle(head: DeliveryRow, ids: number[], decision: 'delivered' | 'refused' | 'retry', statusCode: string | undefined, detail: string): Promise<'done' | 'retry'> {
    if (decision === 'retry') {
      const delay = retryDelayMs(head.attempts + 1, this.config.OICP_DELIVERY_BACKOFF_MS);
      await this.deliveries.scheduleRetry(head.id, delay, statusCode, detail);
      this.logger.info({ peerId: head.peer_id, operation: head.operation, attempts: head.attempts + 1, retryInMs: delay, detail }, 'delivery will be retried');
      return 'retry';
    }
    if (head.session_id) {
      // Recorded before the row is marked, so a crash in between repeats the same (deduplicated) event.
      await this.store.append(
        oicpRef(OICP_AGGREGATES.cpoSession, head.session_id),
        SessionDeliveryCompletedV1,
        { sessionId: head.session_id, operation: head.operation, peerId: head.peer_id, outcome: decision, ...(statusCode ? { statusCode: { Code: statusCode } } : {}), attempts: head.attempts + 1 },
        { deduplicationKey: `delivery-${head.id}-${decision}` },
      );
    }
    if (decision === 'delivered') await this.deliveries.markDelivered(ids, statusCode);
    else {
      await this.deliveries.markRefused(ids, statusCode, detail);
      this.logger.warn({ peerId: head.peer_id, operation: head.operation, detail }, 'the peer refused a delivery; it will not be retried');
    }
    return 'done';
  }

  private sleep(ms: number): Promise<void> {
    if (this.stopping || this.poked) {
      this.poked = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        this.poked = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}
