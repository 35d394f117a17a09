import { matchEvent, STREAMS } from '@chargemesh/contracts/envelope';
import { ChargingSessionCompletedV1, ChargingSessionStartedV1, ChargingSessionTokenResolvedV1, ChargingSessionUpdatedV1, ReceivedSessionStoredV1 } from '@chargemesh/contracts/session';
import { receivedObjectKey } from '@chargemesh/contracts/tariff';
import type { Projection } from '@chargemesh/platform-messaging';
import { utcInstant } from '../../shared/ocpi-time';
import { receiverColumns } from '../../shared/party-columns';

/*
 * `cpo_sessions`: sessions of the CPOs hosted here, from the station pipeline (Sender list for the
 * token's eMSP, pushes, admin). `received_sessions`: sessions CPOs pushed to the eMSPs hosted here.
 * Sessions are kept without the token's personal fields; `cdr_token` holds its vault reference.
 */
export const sessionsProjection: Projection = {
  name: 'sessions',
  version: 1,
  stream: STREAMS.SESSION,
  tables: ['cpo_sessions', 'received_sessions'],
  async createTables(db) {
    const cpo = db.table('cpo_sessions');
    await db.query(`
      CREATE TABLE ${cpo} (
        key text PRIMARY KEY,
        country_code text NOT NULL,
        party_id text NOT NULL,
        session_id text NOT NULL,
        station_id text NOT NULL,
        transaction_id text NOT NULL,
        session jsonb NOT NULL,
        cdr_token jsonb,
        receiver jsonb NOT NULL,
        receiver_kind text NOT NULL,
        receiver_key text,
        status text NOT NULL,
        last_updated timestamptz NOT NULL,
        last_seq bigint NOT NULL
      )`);
    await db.query(`CREATE INDEX ${cpo}_list ON ${cpo} (country_code, party_id, receiver_key, last_updated, key)`);
    await db.query(`CREATE UNIQUE INDEX ${cpo}_transaction ON ${cpo} (station_id, transaction_id)`);
    await db.query(`CREATE INDEX ${cpo}_push ON ${cpo} (last_seq) WHERE receiver_kind = 'ocpi'`);
    const received = db.table('received_sessions');
    await db.query(`
      CREATE TABLE ${received} (
        key text PRIMARY KEY,
        receiver_country_code text NOT NULL,
        receiver_party_id text NOT NULL,
        owner_country_code text NOT NULL,
        owner_party_id text NOT NULL,
        session_id text NOT NULL,
        session jsonb NOT NULL,
        cdr_token jsonb NOT NULL,
        last_updated timestamptz NOT NULL,
        last_seq bigint NOT NULL
      )`);
  },
  async apply(events, db) {
    const cpo = db.table('cpo_sessions');
    const received = db.table('received_sessions');
    for (const { envelope, seq } of events) {
      const started = matchEvent(envelope, ChargingSessionStartedV1);
      if (started) {
        const { cpo: owner, sessionId, stationId, transactionId, session, cdrToken, receiver } = started.data;
        const columns = receiverColumns(receiver);
        await db.query(
          `INSERT INTO ${cpo} (key, country_code, party_id, session_id, station_id, transaction_id, session, cdr_token, receiver, receiver_kind, receiver_key, status, last_updated, last_seq)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) ON CONFLICT (key) DO NOTHING`,
          [
            envelope.aggregateId,
            owner.countryCode.toUpperCase(),
            owner.partyId.toUpperCase(),
            sessionId,
            stationId,
            transactionId,
            JSON.stringify(session),
            cdrToken ? JSON.stringify(cdrToken) : null,
            JSON.stringify(receiver),
            columns.kind,
            columns.key,
            session.status,
            utcInstant(session.last_updated),
            seq,
          ],
        );
        continue;
      }
      const updated = matchEvent(envelope, ChargingSessionUpdatedV1) ?? matchEvent(envelope, ChargingSessionCompletedV1);
      if (updated) {
        const { session } = updated.data;
        await db.query(`UPDATE ${cpo} SET session = $2, status = $3, last_updated = $4, last_seq = $5 WHERE key = $1`, [
          envelope.aggregateId,
          JSON.stringify(session),
          session.status,
          utcInstant(session.last_updated),
          seq,
        ]);
        continue;
      }
      const resolved = matchEvent(envelope, ChargingSessionTokenResolvedV1);
      if (resolved) {
        const columns = receiverColumns(resolved.data.receiver);
        await db.query(`UPDATE ${cpo} SET cdr_token = $2, receiver = $3, receiver_kind = $4, receiver_key = $5, last_seq = $6 WHERE key = $1`, [
          envelope.aggregateId,
          JSON.stringify(resolved.data.cdrToken),
          JSON.stringify(resolved.data.receiver),
          columns.kind,
          columns.key,
          seq,
        ]);
        continue;
      }
      const stored = matchEvent(envelope, ReceivedSessionStoredV1);
      if (stored) {
        const { receiver, owner, sessionId, session, cdrToken } = stored.data;
        await db.query(
          `INSERT INTO ${received} (key, receiver_country_code, receiver_party_id, owner_country_code, owner_party_id, session_id, session, cdr_token, last_updated, last_seq)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
           ON CONFLICT (key) DO UPDATE SET session = EXCLUDED.session, session_id = EXCLUDED.session_id, cdr_token = EXCLUDED.cdr_token, last_updated = EXCLUDED.last_updated, last_seq = EXCLUDED.last_seq`,
          [
            receivedObjectKey(receiver, owner, sessionId),
            receiver.countryCode.toUpperCase(),
            receiver.partyId.toUpperCase(),
            owner.countryCode.toUpperCase(),
            owner.partyId.toUpperCase(),
            sessionId,
            JSON.stringify(session),
            JSON.stringify(cdrToken),
            utcInstant(session.last_updated),
            seq,
          ],
        );
      }
    }
  },
};
