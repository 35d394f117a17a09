import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';

export type PushKind = 'tariff' | 'session';

export interface PushStateRow {
  kind: PushKind;
  object_key: string;
  receiver_key: string;
  wanted_seq: string;
  delivered_seq: string;
  delivered: Record<string, unknown> | null;
  state: 'pending' | 'delivered' | 'failed';
  attempts: number;
  last_error: string | null;
}

/** What each receiver has accepted of each tariff and session, and when to try again. */
@Injectable()
export class PushStateRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async delivered(kind: PushKind, objectKey: string, receiverKey: string, seq: number, delivered: Record<string, unknown> | null): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO push_state (kind, object_key, receiver_key, delivered_seq, wanted_seq, delivered, state, attempts, last_error, updated_at)
       VALUES ($1, $2, $3, $4, $4, $5, 'delivered', 0, NULL, now())
       ON CONFLICT (kind, object_key, receiver_key) DO UPDATE SET delivered_seq = GREATEST(push_state.delivered_seq, $4), delivered = $5, state = 'delivered', attempts = 0, last_error = NULL, next_attempt_at = now(), updated_at = now()`,
      [kind, objectKey, receiverKey, seq, delivered === null ? null : JSON.stringify(delivered)],
    );
  }

  /** A failed attempt: the receiver's state is unknown from now on (the next push is a full one). */
  async failed(kind: PushKind, objectKey: string, receiverKey: string, outcome: { error: string; retryInMs?: number; giveUpAtSeq?: number }): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO push_state (kind, object_key, receiver_key, delivered_seq, delivered, state, attempts, last_error, next_attempt_at, updated_at)
       VALUES ($1, $2, $3, COALESCE($6::bigint, 0), NULL, $4, 1, $5, now() + make_interval(secs => COALESCE($7::double precision, 0) / 1000), now())
       ON CONFLICT (kind, object_key, receiver_key) DO UPDATE SET delivered = NULL, state = $4, attempts = push_state.attempts + 1, last_error = $5,
         delivered_seq = GREATEST(push_state.delivered_seq, COALESCE($6::bigint, 0)), next_attempt_at = now() + make_interval(secs => COALESCE($7::double precision, 0) / 1000), updated_at = now()`,
      [kind, objectKey, receiverKey, outcome.giveUpAtSeq === undefined ? 'pending' : 'failed', outcome.error.slice(0, 2000), outcome.giveUpAtSeq ?? null, outcome.retryInMs ?? null],
    );
  }
}
