import { matchEvent, STREAMS } from '@chargemesh/contracts/envelope';
import { LOCAL_AUTHORIZATION_AGGREGATE, LocalAuthorizationRemovedV1, LocalAuthorizationSetV1 } from '@chargemesh/contracts/station';
import type { Projection } from '@chargemesh/platform-messaging';

/** The gateway's local authorisation list: the answer for tokens when no token authority answers. */
export const localAuthorizationsProjection: Projection = {
  name: 'local-authorizations',
  version: 1,
  stream: STREAMS.STATION,
  aggregate: LOCAL_AUTHORIZATION_AGGREGATE,
  tables: ['local_authorizations'],
  async createTables(db) {
    await db.query(`
      CREATE TABLE ${db.table('local_authorizations')} (
        token_ref uuid PRIMARY KEY,
        token_type text,
        status text NOT NULL,
        expires_at timestamptz,
        group_token_ref uuid,
        updated_at timestamptz NOT NULL,
        last_seq bigint NOT NULL
      )`);
  },
  async apply(events, db) {
    const table = db.table('local_authorizations');
    for (const { envelope, seq } of events) {
      const set = matchEvent(envelope, LocalAuthorizationSetV1);
      if (set) {
        const { token, status, expiresAt, groupToken } = set.data;
        await db.query(
          `INSERT INTO ${table} (token_ref, token_type, status, expires_at, group_token_ref, updated_at, last_seq) VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (token_ref) DO UPDATE SET token_type = EXCLUDED.token_type, status = EXCLUDED.status, expires_at = EXCLUDED.expires_at,
             group_token_ref = EXCLUDED.group_token_ref, updated_at = EXCLUDED.updated_at, last_seq = EXCLUDED.last_seq`,
          [token.ref, token.type ?? null, status, expiresAt ?? null, groupToken?.ref ?? null, envelope.occurredAt, seq],
        );
        continue;
      }
      const removed = matchEvent(envelope, LocalAuthorizationRemovedV1);
      if (removed) await db.query(`DELETE FROM ${table} WHERE token_ref = $1`, [removed.data.token.ref]);
    }
  },
};
