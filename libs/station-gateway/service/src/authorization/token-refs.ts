import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { CodedError } from '@chargemesh/contracts/envelope';
import { type IdTokenValue, STATION_ERRORS, type TokenRef } from '@chargemesh/contracts/station';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';
import type { TokenRefs } from '../gateway/ports';

const MAX_CACHED = 50_000;

/**
 * Driver tokens never go into events: events carry a random reference, and the value stays in
 * `id_tokens`. Deleting a row erases the token (GDPR) while the events keep a reference that no
 * longer points anywhere. References are cached per instance: tokens recur (every session of a driver).
 */
@Injectable()
export class PostgresTokenRefs implements TokenRefs {
  private readonly cache = new Map<string, string>();

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async refOf(token: IdTokenValue): Promise<TokenRef> {
    const type = token.type ?? '';
    const key = `${type}\0${token.value}`;
    let ref = this.cache.get(key);
    if (ref === undefined) {
      ref = await this.lookUp(type, token.value);
      if (this.cache.size >= MAX_CACHED) this.cache.delete(this.cache.keys().next().value as string);
      this.cache.set(key, ref);
    }
    return token.type ? { ref, type: token.type } : { ref };
  }

  async resolve(ref: string): Promise<{ ref: string; value: string; type?: string }> {
    const rows: { value: string; type: string }[] = await this.dataSource.query('SELECT value, type FROM id_tokens WHERE ref = $1', [ref]);
    if (!rows.length) throw new CodedError(STATION_ERRORS.tokenRefNotFound, `no token behind reference ${ref} (unknown or erased)`);
    return { ref, value: rows[0].value, ...(rows[0].type ? { type: rows[0].type } : {}) };
  }

  /** Erases a token value; events that reference it keep only a dangling reference. */
  async erase(ref: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('DELETE FROM id_tokens WHERE ref = $1 RETURNING ref', [ref]);
    this.cache.clear();
    return rows.length > 0;
  }

  private async lookUp(type: string, value: string): Promise<string> {
    // Two instances may meet a new token at once: ON CONFLICT lets one insert win, and the retry reads it.
    for (let attempt = 0; attempt < 3; attempt++) {
      const rows: { ref: string }[] = await this.dataSource.query(
        `WITH inserted AS (INSERT INTO id_tokens (type, value) VALUES ($1, $2) ON CONFLICT (type, value) DO NOTHING RETURNING ref)
         SELECT ref FROM inserted UNION ALL SELECT ref FROM id_tokens WHERE type = $1 AND value = $2 LIMIT 1`,
        [type, value],
      );
      if (rows.length) return rows[0].ref;
    }
    throw new Error('could not store the token reference');
  }
}
