import { matchEvent, STREAMS } from '@chargemesh/contracts/envelope';
import { ownedObjectKey, receivedObjectKey, ReceivedTariffDeletedV1, ReceivedTariffStoredV1, TariffPublishedV1, TariffRemovedV1 } from '@chargemesh/contracts/tariff';
import type { Projection } from '@chargemesh/platform-messaging';
import { utcInstant } from '../../shared/ocpi-time';

/*
 * `own_tariffs`: the tariffs of the CPOs hosted here (Sender list, pricing, pushes; a removed
 * tariff stays as a row so its DELETE can be pushed). `received_tariffs`: tariffs CPOs pushed to the
 * eMSPs hosted here (Receiver GET). Lists page by (last_updated, key).
 */
export const tariffsProjection: Projection = {
  name: 'tariffs',
  version: 1,
  stream: STREAMS.TARIFF,
  tables: ['own_tariffs', 'received_tariffs'],
  async createTables(db) {
    const own = db.table('own_tariffs');
    await db.query(`
      CREATE TABLE ${own} (
        key text PRIMARY KEY,
        country_code text NOT NULL,
        party_id text NOT NULL,
        tariff_id text NOT NULL,
        tariff jsonb NOT NULL,
        removed boolean NOT NULL DEFAULT false,
        last_updated timestamptz NOT NULL,
        last_seq bigint NOT NULL
      )`);
    await db.query(`CREATE INDEX ${own}_list ON ${own} (country_code, party_id, last_updated, key) WHERE NOT removed`);
    const received = db.table('received_tariffs');
    await db.query(`
      CREATE TABLE ${received} (
        key text PRIMARY KEY,
        receiver_country_code text NOT NULL,
        receiver_party_id text NOT NULL,
        owner_country_code text NOT NULL,
        owner_party_id text NOT NULL,
        tariff_id text NOT NULL,
        tariff jsonb NOT NULL,
        last_updated timestamptz NOT NULL,
        last_seq bigint NOT NULL
      )`);
  },
  async apply(events, db) {
    const own = db.table('own_tariffs');
    const received = db.table('received_tariffs');
    for (const { envelope, seq } of events) {
      const published = matchEvent(envelope, TariffPublishedV1);
      if (published) {
        const { owner, tariffId, tariff } = published.data;
        await db.query(
          `INSERT INTO ${own} (key, country_code, party_id, tariff_id, tariff, removed, last_updated, last_seq) VALUES ($1, $2, $3, $4, $5, false, $6, $7)
           ON CONFLICT (key) DO UPDATE SET tariff = EXCLUDED.tariff, removed = false, last_updated = EXCLUDED.last_updated, last_seq = EXCLUDED.last_seq`,
          [ownedObjectKey(owner, tariffId), owner.countryCode.toUpperCase(), owner.partyId.toUpperCase(), tariffId, JSON.stringify(tariff), utcInstant(tariff.last_updated), seq],
        );
        continue;
      }
      const removed = matchEvent(envelope, TariffRemovedV1);
      if (removed) {
        const { owner, tariffId, removedAt } = removed.data;
        await db.query(`UPDATE ${own} SET removed = true, last_updated = $2, last_seq = $3 WHERE key = $1`, [ownedObjectKey(owner, tariffId), removedAt, seq]);
        continue;
      }
      const stored = matchEvent(envelope, ReceivedTariffStoredV1);
      if (stored) {
        const { receiver, owner, tariffId, tariff } = stored.data;
        await db.query(
          `INSERT INTO ${received} (key, receiver_country_code, receiver_party_id, owner_country_code, owner_party_id, tariff_id, tariff, last_updated, last_seq)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
           ON CONFLICT (key) DO UPDATE SET tariff = EXCLUDED.tariff, tariff_id = EXCLUDED.tariff_id, last_updated = EXCLUDED.last_updated, last_seq = EXCLUDED.last_seq`,
          [
            receivedObjectKey(receiver, owner, tariffId),
            receiver.countryCode.toUpperCase(),
            receiver.partyId.toUpperCase(),
            owner.countryCode.toUpperCase(),
            owner.partyId.toUpperCase(),
            tariffId,
            JSON.stringify(tariff),
            utcInstant(tariff.last_updated),
            seq,
          ],
        );
        continue;
      }
      const deleted = matchEvent(envelope, ReceivedTariffDeletedV1);
      if (deleted) {
        const { receiver, owner, tariffId } = deleted.data;
        await db.query(`DELETE FROM ${received} WHERE key = $1`, [receivedObjectKey(receiver, owner, tariffId)]);
      }
    }
  },
};
