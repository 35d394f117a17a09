import { Inject, Injectable, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { STREAMS } from '@chargemesh/contracts/envelope';
import { PARTNER_AGGREGATE, PARTNER_EVENTS } from '@chargemesh/contracts/credential';
import type { EventStore } from '@chargemesh/platform-messaging';
import { DATA_SOURCE, EVENT_STORE, LOGGER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { CredentialsConfig } from '../credentials.config';
import { autoCommit } from '../database/transaction';
import { LeaderLoop, PostgresLeaderLock } from '@chargemesh/platform-persistence';

interface OutboxRow {
  id: string;
  event_id: string;
  event_type: string;
  aggregate_id: string;
  data: unknown;
  correlation_id: string | null;
}

const DEFINITIONS = new Map(PARTNER_EVENTS.map((definition) => [definition.name, definition]));

/**
 * Publishes outbox rows to the CREDENTIAL stream in commit order, from one instance at a time.
 * Each append carries the row's event id as Nats-Msg-Id, so a row published again after a crash
 * between the append and the mark is stored once (within the stream's duplicate window).
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly loop: LeaderLoop;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SERVICE_CONFIG) config: CredentialsConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.loop = new LeaderLoop(new PostgresLeaderLock(dataSource, 'credentials:outbox-relay'), config.CREDENTIALS_OUTBOX_POLL_MS, () => this.publishPending(), (error) =>
      this.logger.warn({ err: error }, 'publishing the credentials outbox failed; will retry'),
    );
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /** Called after a commit that added rows: publish now rather than at the next poll. */
  poke(): void {
    this.loop.poke();
  }

  private async publishPending(): Promise<void> {
    const db = autoCommit(this.dataSource);
    for (;;) {
      const rows = await db.query<OutboxRow>('SELECT id, event_id, event_type, aggregate_id, data, correlation_id FROM credentials_outbox WHERE published_at IS NULL ORDER BY id LIMIT 100');
      if (rows.length === 0) return;
      for (const row of rows) {
        const definition = DEFINITIONS.get(row.event_type);
        if (!definition) throw new Error(`outbox row ${row.id} has an unknown event type ${row.event_type}`);
        await this.store.append({ stream: STREAMS.CREDENTIAL, aggregate: PARTNER_AGGREGATE, id: row.aggregate_id }, definition, row.data as never, {
          deduplicationKey: row.event_id,
          ...(row.correlation_id ? { correlationId: row.correlation_id } : {}),
        });
        await db.query('UPDATE credentials_outbox SET published_at = now() WHERE id = $1', [row.id]);
      }
    }
  }
}
