import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';
import type { TransactionIdIssuer } from '../gateway/ports';

/** 1.6 transaction ids from a Postgres sequence: integers (as 1.6 wants), unique across stations and gateway instances. */
@Injectable()
export class PostgresTransactionIdIssuer implements TransactionIdIssuer {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async next(): Promise<number> {
    const [row]: { id: number }[] = await this.dataSource.query("SELECT nextval('ocpp16_transaction_id')::int AS id");
    return row.id;
  }
}
