import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { TransactionView } from '@chargemesh/contracts/session';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';
import { advanceCursor, readCursor } from '../shared/work-cursor';
import { TransactionReadModel } from './transaction.read-model';

export interface ProgressRow {
  station_id: string;
  transaction_id: string;
  seen_seq: string;
  reconciled_seq: string;
  session_key: string | null;
  state: TransactionView['state'];
  last_error: string | null;
  attempts: number;
  token_attempts: number;
}

const CURSOR = 'station-transactions';

/** The pipeline's progress per station transaction: what it has seen, what it has turned into session events, what it waits for. */
@Injectable()
export class TransactionProgressRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly transactions: TransactionReadModel,
  ) {}

  /** Registers transactions whose facts changed since the last scan; returns how many. */
  async scan(limit: number): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const changed = await this.transactions.changedAfter(await readCursor(manager, CURSOR), limit);
      if (changed.length === 0) return 0;
      await manager.query(
        `INSERT INTO transaction_progress (station_id, transaction_id, seen_seq)
         SELECT station_id, transaction_id, last_seq FROM jsonb_to_recordset($1::jsonb) AS r(station_id text, transaction_id text, last_seq bigint)
         ON CONFLICT (station_id, transaction_id) DO UPDATE SET seen_seq = GREATEST(transaction_progress.seen_seq, EXCLUDED.seen_seq), next_attempt_at = LEAST(transaction_progress.next_attempt_at, now())`,
        [JSON.stringify(changed)],
      );
      await advanceCursor(manager, CURSOR, Number(changed[changed.length - 1].last_seq));
      return changed.length;
    });
  }

  async due(limit: number): Promise<ProgressRow[]> {
    return this.dataSource.query('SELECT * FROM transaction_progress WHERE seen_seq > reconciled_seq AND next_attempt_at <= now() ORDER BY next_attempt_at LIMIT $1', [limit]);
  }

  async tokenDue(limit: number): Promise<ProgressRow[]> {
    return this.dataSource.query('SELECT * FROM transaction_progress WHERE token_pending AND next_token_attempt_at <= now() ORDER BY next_token_attempt_at LIMIT $1', [limit]);
  }

  async reconciled(row: ProgressRow, outcome: { seq: number; state: TransactionView['state']; sessionKey?: string; tokenPending: boolean; error?: string }, tokenRetryMs: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE transaction_progress SET reconciled_seq = GREATEST(reconciled_seq, $3), state = $4, session_key = COALESCE($5, session_key), last_error = $6, attempts = 0,
         token_pending = $7, next_token_attempt_at = CASE WHEN $7 AND NOT token_pending THEN now() + make_interval(secs => $8::double precision / 1000) ELSE next_token_attempt_at END, updated_at = now()
       WHERE station_id = $1 AND transaction_id = $2`,
      [row.station_id, row.transaction_id, outcome.seq, outcome.state, outcome.sessionKey ?? null, outcome.error ?? null, outcome.tokenPending, tokenRetryMs],
    );
  }

  /** Not reconciled yet: why, and when to try again. */
  async waiting(row: ProgressRow, error: string, retryInMs: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE transaction_progress SET last_error = $3, attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => $4::double precision / 1000), updated_at = now()
       WHERE station_id = $1 AND transaction_id = $2`,
      [row.station_id, row.transaction_id, error.slice(0, 2000), retryInMs],
    );
  }

  async tokenResolved(row: ProgressRow): Promise<void> {
    await this.dataSource.query('UPDATE transaction_progress SET token_pending = false, last_error = NULL, updated_at = now() WHERE station_id = $1 AND transaction_id = $2', [row.station_id, row.transaction_id]);
  }

  async tokenStillUnknown(row: ProgressRow, retryInMs: number, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE transaction_progress SET token_attempts = token_attempts + 1, next_token_attempt_at = now() + make_interval(secs => $3::double precision / 1000), last_error = $4, updated_at = now()
       WHERE station_id = $1 AND transaction_id = $2`,
      [row.station_id, row.transaction_id, retryInMs, error.slice(0, 2000)],
    );
  }

  async list(filter: { stationId?: string; waitingOnly: boolean; limit: number }): Promise<ProgressRow[]> {
    return this.dataSource.query(
      `SELECT * FROM transaction_progress WHERE ($1::text IS NULL OR station_id = $1) AND (NOT $2 OR state IN ('waiting', 'invalid') OR token_pending) ORDER BY updated_at DESC LIMIT $3`,
      [filter.stationId ?? null, filter.waitingOnly, filter.limit],
    );
  }
}
