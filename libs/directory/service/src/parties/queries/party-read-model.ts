import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { PartyView } from '@chargemesh/contracts/party';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';

interface PartyRow {
  country_code: string;
  party_id: string;
  roles: PartyView['roles'];
  registered_at: Date;
  updated_at: Date;
}

const toView = (row: PartyRow): PartyView => ({
  countryCode: row.country_code,
  partyId: row.party_id,
  roles: row.roles,
  registeredAt: row.registered_at.toISOString(),
  updatedAt: row.updated_at.toISOString(),
});

/** Reads hosted parties from the `parties` projection view. */
@Injectable()
export class PartyReadModel {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async find(countryCode: string, partyId: string): Promise<PartyView | undefined> {
    const rows: PartyRow[] = await this.dataSource.query('SELECT * FROM parties WHERE country_code = $1 AND party_id = $2', [
      countryCode.toUpperCase(),
      partyId.toUpperCase(),
    ]);
    return rows[0] && toView(rows[0]);
  }

  async list(): Promise<PartyView[]> {
    const rows: PartyRow[] = await this.dataSource.query('SELECT * FROM parties ORDER BY country_code, party_id');
    return rows.map(toView);
  }
}
