import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { DeliveryView } from '@chargemesh/contracts/oicp';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';

export interface DeliveryRow {
  id: number;
  peer_id: string;
  operation: string;
  lane: string;
  caller_id: string | null;
  body: Record<string, unknown>;
  personal_field: string | null;
  personal_ref: string | null;
  coalesce_key: string | null;
  session_id: string | null;
  attempts: number;
  next_attempt_at: Date;
}

interface ViewRow extends DeliveryRow {
  state: DeliveryView['state'];
  last_error: string | null;
  last_status_code: string | null;
  created_at: Date;
  delivered_at: Date | null;
}

/** The delivery queue: lanes of pending rows (one lane per peer and operation), worked off head first. */
@Injectable()
export class DeliveryRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** The head row of every lane with pending work. */
  async laneHeads(): Promise<{ lane: string; next_attempt_at: Date }[]> {
    return this.dataSource.query("SELECT DISTINCT ON (lane) lane, next_attempt_at FROM oicp_delivery WHERE state = 'pending' ORDER BY lane, id");
  }

  async pendingOf(lane: string, limit: number): Promise<DeliveryRow[]> {
    const rows = await this.dataSource.query<DeliveryRow[]>(
      `SELECT id, peer_id, operation, lane, caller_id, body, personal_field, personal_ref, coalesce_key, session_id, attempts, next_attempt_at
         FROM oicp_delivery WHERE lane = $1 AND state = 'pending' ORDER BY id LIMIT $2`,
      [lane, limit],
    );
    return rows.map((row) => ({ ...row, id: Number(row.id) }));
  }

  async markDelivered(ids: number[], statusCode: string | undefined): Promise<void> {
    await this.dataSource.query(
      "UPDATE oicp_delivery SET state = 'delivered', attempts = attempts + 1, delivered_at = now(), last_status_code = $2, last_error = NULL WHERE id = ANY($1::bigint[])",
      [ids, statusCode ?? null],
    );
  }

  async markRefused(ids: number[], statusCode: string | undefined, error: string): Promise<void> {
    await this.dataSource.query("UPDATE oicp_delivery SET state = 'failed', attempts = attempts + 1, last_status_code = $2, last_error = $3 WHERE id = ANY($1::bigint[])", [
      ids,
      statusCode ?? null,
      error.slice(0, 500),
    ]);
  }

  /** Only the head is retried; the rows behind it keep their place in the lane. */
  async scheduleRetry(id: number, delayMs: number, statusCode: string | undefined, error: string): Promise<void> {
    await this.dataSource.query(
      "UPDATE oicp_delivery SET attempts = attempts + 1, next_attempt_at = now() + ($2::int * interval '1 millisecond'), last_status_code = $3, last_error = $4 WHERE id = $1",
      [id, delayMs, statusCode ?? null, error.slice(0, 500)],
    );
  }

  async list(filter: { peerId?: string; operation?: string; state?: string; sessionId?: string }): Promise<DeliveryView[]> {
    const rows = await this.dataSource.query<ViewRow[]>(
      `SELECT * FROM oicp_delivery
        WHERE ($1::text IS NULL OR peer_id = $1) AND ($2::text IS NULL OR operation = $2) AND ($3::text IS NULL OR state = $3) AND ($4::text IS NULL OR session_id = $4)
        ORDER BY id DESC LIMIT 500`,
      [filter.peerId ?? null, filter.operation ?? null, filter.state ?? null, filter.sessionId ?? null],
    );
    return rows.map((row) => ({
      id: Number(row.id),
      peerId: row.peer_id,
      operation: row.operation,
      ...(row.session_id ? { sessionId: row.session_id } : {}),
      state: row.state,
      attempts: row.attempts,
      ...(row.last_error ? { lastError: row.last_error } : {}),
      ...(row.last_status_code ? { lastStatusCode: row.last_status_code } : {}),
      createdAt: row.created_at.toISOString(),
      ...(row.delivered_at ? { deliveredAt: row.delivered_at.toISOString() } : {}),
    }));
  }
}
