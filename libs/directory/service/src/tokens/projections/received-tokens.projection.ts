import { matchEvent, STREAMS } from '@chargemesh/contracts/envelope';
import { RECEIVED_TOKEN_AGGREGATE, ReceivedTokenUpdatedV1, TokenAuthorizedV1, TokenPersonalDataErasedV1 } from '@chargemesh/contracts/token';
import { uidKey } from '@chargemesh/directory-domain';
import type { Projection } from '@chargemesh/platform-messaging';
import { parseOcpiDateTime } from '@chargemesh/protocol-ocpi';
import { openToken } from './token-projection-rows';

export const RECEIVED_TOKENS_PROJECTION = 'received-tokens';

/**
 * Tokens held by the CPOs hosted here (`received_tokens`, looked up by CPO and uid for every
 * authorisation) and the latest authorisation of each by source and station
 * (`token_authorizations`). An erased token leaves no row.
 */
export const receivedTokensProjection: Projection = {
  name: RECEIVED_TOKENS_PROJECTION,
  version: 1,
  stream: STREAMS.TOKEN,
  aggregate: RECEIVED_TOKEN_AGGREGATE,
  tables: ['received_tokens', 'token_authorizations'],
  async createTables(db) {
    await db.query(`
      CREATE TABLE ${db.table('received_tokens')} (
        ref uuid PRIMARY KEY,
        receiver_cc text NOT NULL,
        receiver_pid text NOT NULL,
        owner_cc text NOT NULL,
        owner_pid text NOT NULL,
        uid_key text NOT NULL,
        type text NOT NULL,
        object jsonb NOT NULL,
        last_updated timestamptz NOT NULL,
        created_seq bigint NOT NULL,
        last_seq bigint NOT NULL
      )`);
    await db.query(`CREATE INDEX ON ${db.table('received_tokens')} (receiver_cc, receiver_pid, uid_key)`);
    await db.query(`
      CREATE TABLE ${db.table('token_authorizations')} (
        ref uuid NOT NULL,
        cpo_cc text NOT NULL,
        cpo_pid text NOT NULL,
        station_id text NOT NULL,
        source text NOT NULL,
        allowed text NOT NULL,
        authorization_reference text,
        location_id text,
        at timestamptz NOT NULL,
        PRIMARY KEY (ref, cpo_cc, cpo_pid, station_id, source)
      )`);
  },
  async apply(events, db) {
    const tokens = db.table('received_tokens');
    const authorizations = db.table('token_authorizations');
    for (const { envelope, seq } of events) {
      const ref = envelope.aggregateId;
      const updated = matchEvent(envelope, ReceivedTokenUpdatedV1);
      if (updated) {
        const { receiver, owner, type, token: fields, sealed } = updated.data;
        const token = await openToken(db, ref, owner, type, fields, sealed);
        if (!token) continue;
        await db.query(
          `INSERT INTO ${tokens} (ref, receiver_cc, receiver_pid, owner_cc, owner_pid, uid_key, type, object, last_updated, created_seq, last_seq)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10)
           ON CONFLICT (ref) DO UPDATE SET object = EXCLUDED.object, last_updated = EXCLUDED.last_updated, last_seq = EXCLUDED.last_seq`,
          [ref, receiver.countryCode, receiver.partyId, owner.countryCode, owner.partyId, uidKey(token.uid), type, JSON.stringify(token), parseOcpiDateTime(token.last_updated), seq],
        );
        continue;
      }
      const authorized = matchEvent(envelope, TokenAuthorizedV1);
      if (authorized) {
        const { cpo, stationId, source, allowed, authorizationReference, locationId } = authorized.data;
        await db.query(
          `INSERT INTO ${authorizations} (ref, cpo_cc, cpo_pid, station_id, source, allowed, authorization_reference, location_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT (ref, cpo_cc, cpo_pid, station_id, source) DO UPDATE SET allowed = EXCLUDED.allowed, authorization_reference = EXCLUDED.authorization_reference, location_id = EXCLUDED.location_id, at = EXCLUDED.at`,
          [ref, cpo.countryCode, cpo.partyId, stationId ?? '', source, allowed, authorizationReference ?? null, locationId ?? null, envelope.occurredAt],
        );
      } else if (matchEvent(envelope, TokenPersonalDataErasedV1)) {
        await db.query(`DELETE FROM ${tokens} WHERE ref = $1`, [ref]);
        await db.query(`DELETE FROM ${authorizations} WHERE ref = $1`, [ref]);
        continue;
      }
      // Every event of the token moves its row on: deciding on the row expects its last sequence.
      await db.query(`UPDATE ${tokens} SET last_seq = $2 WHERE ref = $1`, [ref, seq]);
    }
  },
};
