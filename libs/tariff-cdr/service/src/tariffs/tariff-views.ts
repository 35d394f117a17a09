import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { TariffView } from '@chargemesh/contracts/tariff';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';
import type { OwnTariffRow } from './tariff.read-model';

interface PushRow {
  object_key: string;
  receiver_key: string;
  state: 'pending' | 'delivered' | 'failed';
  attempts: number;
  last_error: string | null;
}

/** Admin views of tariffs with where each stands with the eMSPs it is pushed to. */
@Injectable()
export class TariffViews {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async of(rows: readonly OwnTariffRow[]): Promise<TariffView[]> {
    const pushes: PushRow[] = rows.length
      ? await this.dataSource.query("SELECT object_key, receiver_key, state, attempts, last_error FROM push_state WHERE kind = 'tariff' AND object_key = ANY($1) ORDER BY receiver_key", [rows.map((row) => row.key)])
      : [];
    return rows.map((row) => ({
      countryCode: row.country_code,
      partyId: row.party_id,
      tariffId: row.tariff_id,
      tariff: row.tariff,
      pushes: pushes
        .filter((push) => push.object_key === row.key)
        .map((push) => ({ receiver: push.receiver_key, state: push.state, attempts: push.attempts, ...(push.last_error ? { lastError: push.last_error } : {}) })),
    }));
  }
}
