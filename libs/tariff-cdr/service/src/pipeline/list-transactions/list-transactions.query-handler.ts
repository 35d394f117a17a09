import { Injectable } from '@nestjs/common';
import type { TransactionView } from '@chargemesh/contracts/session';
import { sessionIdOf } from '@chargemesh/tariff-cdr-domain';
import { TransactionProgressRepository } from '../transaction-progress.repository';

/** What the pipeline made of each station transaction, and what it waits for (an EVSE link, a token's owner). */
@Injectable()
export class ListTransactionsQueryHandler {
  constructor(private readonly progress: TransactionProgressRepository) {}

  async execute(filter: { stationId?: string; waitingOnly: boolean; limit: number }): Promise<TransactionView[]> {
    const rows = await this.progress.list(filter);
    return rows.map((row) => ({
      stationId: row.station_id,
      transactionId: row.transaction_id,
      ...(row.session_key ? { sessionId: sessionIdOf(row.station_id, row.transaction_id) } : {}),
      state: row.state,
      ...(row.last_error ? { lastError: row.last_error } : {}),
      stationSeq: Number(row.seen_seq),
    }));
  }
}
