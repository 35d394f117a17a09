import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';

/**
 * Personal data (card UIDs, contract ids, authentication records) kept out of the append-only OICP
 * stream: events carry a reference, the data lives here, and erasing a driver deletes the row (BRIEF §2).
 * A row is written before the event that references it, so a reader never finds a dangling reference
 * except after an erasure, which it must treat as "erased".
 */
@Injectable()
export class PersonalDataVault {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async put(data: unknown): Promise<string> {
    const ref = randomUUID();
    await this.dataSource.query('INSERT INTO personal_data (ref, data) VALUES ($1, $2)', [ref, JSON.stringify(data)]);
    return ref;
  }

  async get<T = unknown>(ref: string): Promise<T | undefined> {
    const rows = await this.dataSource.query<{ data: T }[]>('SELECT data FROM personal_data WHERE ref = $1', [ref]);
    return rows[0]?.data;
  }

  async erase(ref: string): Promise<void> {
    await this.dataSource.query('DELETE FROM personal_data WHERE ref = $1', [ref]);
  }
}
