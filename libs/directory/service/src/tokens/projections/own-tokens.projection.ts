import { matchEvent, STREAMS } from '@chargemesh/contracts/envelope';
import { OWN_TOKEN_AGGREGATE, OwnTokenSavedV1, TokenPersonalDataErasedV1 } from '@chargemesh/contracts/token';
import { uidKey } from '@chargemesh/directory-domain';
import type { Projection } from '@chargemesh/platform-messaging';
import { parseOcpiDateTime } from '@chargemesh/protocol-ocpi';
import { openToken } from './token-projection-rows';

export const OWN_TOKENS_PROJECTION = 'own-tokens';

/**
 * Tokens of the eMSPs hosted here (`own_tokens`: Sender GET list and real-time authorisation) and
 * the queue of their pushes to CPOs (`token_pushes`). An erased token leaves no row in either.
 */
export const ownTokensProjection: Projection = {
  name: OWN_TOKENS_PROJECTION,
  version: 1,
  stream: STREAMS.TOKEN,
  aggregate: OWN_TOKEN_AGGREGATE,
  tables: ['own_tokens', 'token_pushes'],
  async createTables(db) {
    await db.query(`
      CREATE TABLE ${db.table('own_tokens')} (
        ref uuid PRIMARY KEY,
        owner_cc text NOT NULL,
        owner_pid text NOT NULL,
        uid_key text NOT NULL,
        type text NOT NULL,
        object jsonb NOT NULL,
        last_updated timestamptz NOT NULL,
        created_seq bigint NOT NULL,
        last_seq bigint NOT NULL,
        UNIQUE (owner_cc, owner_pid, uid_key, type)
      )`);
    await db.query(`CREATE INDEX ON ${db.table('own_tokens')} (owner_cc, owner_pid, created_seq)`);
    await db.query(`
      CREATE TABLE ${db.table('token_pushes')} (
        seq bigint PRIMARY KEY,
        ref uuid NOT NULL,
        source_cc text NOT NULL,
        source_pid text NOT NULL,
        method text NOT NULL,
        path jsonb NOT NULL,
        query jsonb,
        body jsonb NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX ON ${db.table('token_pushes')} (source_cc, source_pid, seq)`);
    await db.query(`CREATE INDEX ON ${db.table('token_pushes')} (ref)`);
  },
  async apply(events, db) {
    const tokens = db.table('own_tokens');
    const pushes = db.table('token_pushes');
    for (const { envelope, seq } of events) {
      const ref = envelope.aggregateId;
      const saved = matchEvent(envelope, OwnTokenSavedV1);
      if (saved) {
        const { owner, type, token: fields, sealed } = saved.data;
        const token = await openToken(db, ref, owner, type, fields, sealed);
        if (!token) continue;
        await db.query(
          `INSERT INTO ${tokens} (ref, owner_cc, owner_pid, uid_key, type, object, last_updated, created_seq, last_seq) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
           ON CONFLICT (ref) DO UPDATE SET object = EXCLUDED.object, last_updated = EXCLUDED.last_updated, last_seq = EXCLUDED.last_seq`,
          [ref, owner.countryCode, owner.partyId, uidKey(token.uid), type, JSON.stringify(token), parseOcpiDateTime(token.last_updated), seq],
        );
        await db.query(
          `INSERT INTO ${pushes} (seq, ref, source_cc, source_pid, method, path, query, body, created_at) VALUES ($1, $2, $3, $4, 'PUT', $5, $6, $7, $8) ON CONFLICT (seq) DO NOTHING`,
          [seq, ref, owner.countryCode, owner.partyId, JSON.stringify([token.country_code, token.party_id, token.uid]), JSON.stringify({ type }), JSON.stringify(token), envelope.occurredAt],
        );
      } else if (matchEvent(envelope, TokenPersonalDataErasedV1)) {
        await db.query(`DELETE FROM ${tokens} WHERE ref = $1`, [ref]);
        await db.query(`DELETE FROM ${pushes} WHERE ref = $1`, [ref]);
      } else {
        await db.query(`UPDATE ${tokens} SET last_seq = $2 WHERE ref = $1`, [ref, seq]);
      }
    }
  },
};
