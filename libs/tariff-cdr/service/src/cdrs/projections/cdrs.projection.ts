import { CdrDeliveredV1, CdrDeliveryRejectedV1, CdrIssuedV1, CdrReceiverAssignedV1, CdrRedeliveryRequestedV1, ReceivedCdrStoredV1 } from '@chargemesh/contracts/cdr';
import { matchEvent, STREAMS } from '@chargemesh/contracts/envelope';
import { receivedObjectKey } from '@chargemesh/contracts/tariff';
import type { Projection } from '@chargemesh/platform-messaging';
import { utcInstant } from '../../shared/ocpi-time';
import { receiverColumns } from '../../shared/party-columns';

/*
 * `cpo_cdrs`: CDRs of the CPOs hosted here with their delivery state (the delivery worker works off
 * the pending ones; the Sender list shows each eMSP its own). `received_cdrs`: CDRs CPOs posted to
 * the eMSPs hosted here (the GET at the Location we answered).
 */
export const cdrsProjection: Projection = {
  name: 'cdrs',
  version: 1,
  stream: STREAMS.CDR,
  tables: ['cpo_cdrs', 'received_cdrs'],
  async createTables(db) {
    const cpo = db.table('cpo_cdrs');
    await db.query(`
      CREATE TABLE ${cpo} (
        key text PRIMARY KEY,
        country_code text NOT NULL,
        party_id text NOT NULL,
        cdr_id text NOT NULL,
        session_id text NOT NULL,
        station_id text NOT NULL,
        transaction_id text NOT NULL,
        cdr jsonb NOT NULL,
        cdr_token jsonb,
        receiver jsonb NOT NULL,
        receiver_kind text NOT NULL,
        receiver_key text,
        delivery_state text NOT NULL,
        location text,
        delivered_at timestamptz,
        rejection text,
        last_updated timestamptz NOT NULL,
        last_seq bigint NOT NULL
      )`);
    await db.query(`CREATE INDEX ${cpo}_list ON ${cpo} (country_code, party_id, receiver_key, last_updated, key)`);
    await db.query(`CREATE INDEX ${cpo}_transaction ON ${cpo} (station_id, transaction_id)`);
    await db.query(`CREATE INDEX ${cpo}_pending ON ${cpo} (last_seq) WHERE delivery_state = 'pending'`);
    const received = db.table('received_cdrs');
    await db.query(`
      CREATE TABLE ${received} (
        key text PRIMARY KEY,
        receiver_country_code text NOT NULL,
        receiver_party_id text NOT NULL,
        owner_country_code text NOT NULL,
        owner_party_id text NOT NULL,
        cdr_id text NOT NULL,
        cdr jsonb NOT NULL,
        cdr_token jsonb NOT NULL,
        digest text NOT NULL,
        last_updated timestamptz NOT NULL,
        last_seq bigint NOT NULL
      )`);
  },
  async apply(events, db) {
    const cpo = db.table('cpo_cdrs');
    const received = db.table('received_cdrs');
    const set = (assignments: string, key: string, seq: number, params: unknown[]) =>
      db.query(`UPDATE ${cpo} SET ${assignments}, last_seq = $2 WHERE key = $1`, [key, seq, ...params]);
    for (const { envelope, seq } of events) {
      const key = envelope.aggregateId;
      const issued = matchEvent(envelope, CdrIssuedV1);
      if (issued) {
        const { cpo: owner, cdrId, sessionId, stationId, transactionId, cdr, cdrToken, receiver } = issued.data;
        const columns = receiverColumns(receiver);
        await db.query(
          `INSERT INTO ${cpo} (key, country_code, party_id, cdr_id, session_id, station_id, transaction_id, cdr, cdr_token, receiver, receiver_kind, receiver_key, delivery_state, last_updated, last_seq)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) ON CONFLICT (key) DO NOTHING`,
          [
            key,
            owner.countryCode.toUpperCase(),
            owner.partyId.toUpperCase(),
            cdrId,
            sessionId,
            stationId,
            transactionId,
            JSON.stringify(cdr),
            cdrToken ? JSON.stringify(cdrToken) : null,
            JSON.stringify(receiver),
            columns.kind,
            columns.key,
            receiver.kind === 'unknown' ? 'waiting' : 'pending',
            utcInstant(cdr.last_updated),
            seq,
          ],
        );
        continue;
      }
      const assigned = matchEvent(envelope, CdrReceiverAssignedV1);
      if (assigned) {
        const columns = receiverColumns(assigned.data.receiver);
        await set(`cdr_token = $3, receiver = $4, receiver_kind = $5, receiver_key = $6, delivery_state = 'pending'`, key, seq, [
          JSON.stringify(assigned.data.cdrToken),
          JSON.stringify(assigned.data.receiver),
          columns.kind,
          columns.key,
        ]);
        continue;
      }
      const delivered = matchEvent(envelope, CdrDeliveredV1);
      if (delivered) {
        await set(`delivery_state = 'delivered', location = $3, delivered_at = $4, rejection = NULL`, key, seq, [delivered.data.location ?? null, delivered.data.deliveredAt]);
        continue;
      }
      const rejected = matchEvent(envelope, CdrDeliveryRejectedV1);
      if (rejected) {
        await set(`delivery_state = 'rejected', rejection = $3`, key, seq, [rejected.data.message]);
        continue;
      }
      if (matchEvent(envelope, CdrRedeliveryRequestedV1)) {
        await set(`delivery_state = 'pending'`, key, seq, []);
        continue;
      }
      const stored = matchEvent(envelope, ReceivedCdrStoredV1);
      if (stored) {
        const { receiver, owner, cdrId, cdr, cdrToken, digest } = stored.data;
        await db.query(
          `INSERT INTO ${received} (key, receiver_country_code, receiver_party_id, owner_country_code, owner_party_id, cdr_id, cdr, cdr_token, digest, last_updated, last_seq)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (key) DO NOTHING`,
          [
            receivedObjectKey(receiver, owner, cdrId),
            receiver.countryCode.toUpperCase(),
            receiver.partyId.toUpperCase(),
            owner.countryCode.toUpperCase(),
            owner.partyId.toUpperCase(),
            cdrId,
            JSON.stringify(cdr),
            JSON.stringify(cdrToken),
            digest,
            utcInstant(cdr.last_updated),
            seq,
          ],
        );
      }
    }
  },
};
