import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { PersonalTokenData } from '@chargemesh/tariff-cdr-domain';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';

/**
 * The personal fields of tokens in sessions and CDRs (uid, contract_id, an OICP Identification),
 * kept out of the streams, which are never erased: events carry a reference to a row here, and
 * erasing a driver deletes the row (BRIEF §2). Rows are written before the event that refers to them.
 */
@Injectable()
export class PersonalDataVault {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async put(data: PersonalTokenData): Promise<string> {
    const ref = randomUUID();
    await this.dataSource.query('INSERT INTO personal_data (ref, data) VALUES ($1, $2)', [ref, JSON.stringify(data)]);
    return ref;
  }

  async get(ref: string): Promise<PersonalTokenData | undefined> {
    const rows: { data: PersonalTokenData }[] = await this.dataSource.query('SELECT data FROM personal_data WHERE ref = $1', [ref]);
    return rows[0]?.data;
  }

  async getMany(refs: readonly string[]): Promise<Map<string, PersonalTokenData>> {
    if (refs.length === 0) return new Map();
    const rows: { ref: string; data: PersonalTokenData }[] = await this.dataSource.query('SELECT ref, data FROM personal_data WHERE ref = ANY($1::uuid[])', [[...new Set(refs)]]);
    return new Map(rows.map((row) => [row.ref, row.data]));
  }

  async erase(ref: string): Promise<void> {
    await this.dataSource.query('DELETE FROM personal_data WHERE ref = $1', [ref]);
  }
}
