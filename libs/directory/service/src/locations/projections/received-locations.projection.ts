import { matchEvent, STREAMS } from '@chargemesh/contracts/envelope';
import { LocationUpdateReceivedV1, RECEIVED_LOCATION_AGGREGATE } from '@chargemesh/contracts/location';
import { evolveReceivedLocation } from '@chargemesh/directory-domain';
import { PermanentProjectionError, type Projection } from '@chargemesh/platform-messaging';
import { type Location, parseOcpiDateTime } from '@chargemesh/protocol-ocpi';

export const RECEIVED_LOCATIONS_PROJECTION = 'received-locations';

/** Locations CPOs pushed to the eMSPs hosted here, as each eMSP holds them (Receiver GET), one row per receiver and location. */
export const receivedLocationsProjection: Projection = {
  name: RECEIVED_LOCATIONS_PROJECTION,
  version: 1,
  stream: STREAMS.LOCATION,
  aggregate: RECEIVED_LOCATION_AGGREGATE,
  tables: ['received_locations'],
  async createTables(db) {
    await db.query(`
      CREATE TABLE ${db.table('received_locations')} (
        location_key text PRIMARY KEY,
        receiver_cc text NOT NULL,
        receiver_pid text NOT NULL,
        owner_cc text NOT NULL,
        owner_pid text NOT NULL,
        location_id text NOT NULL,
        object jsonb NOT NULL,
        last_updated timestamptz NOT NULL,
        created_seq bigint NOT NULL,
        last_seq bigint NOT NULL
      )`);
    await db.query(`CREATE INDEX ON ${db.table('received_locations')} (receiver_cc, receiver_pid, owner_cc, owner_pid, created_seq)`);
  },
  async apply(events, db) {
    const table = db.table('received_locations');
    const held = new Map<string, { location?: Location; createdSeq?: number }>();
    for (const event of events) {
      const key = event.envelope.aggregateId;
      let current = held.get(key);
      if (!current) {
        const [row] = await db.query<{ object: Location; created_seq: string }>(`SELECT object, created_seq FROM ${table} WHERE location_key = $1`, [key]);
        current = row ? { location: row.object, createdSeq: Number(row.created_seq) } : {};
      }
      const update = matchEvent(event.envelope, LocationUpdateReceivedV1);
      let location = current.location;
      if (update) {
        try {
          location = evolveReceivedLocation(location, update.data);
        } catch (error) {
          throw new PermanentProjectionError(`cannot apply ${event.envelope.id}: ${(error as Error).message}`);
        }
      }
      if (!location) continue;
      const createdSeq = current.createdSeq ?? event.seq;
      held.set(key, { location, createdSeq });
      const { receiver, owner } = update?.data ?? { receiver: undefined, owner: undefined };
      await db.query(
        `INSERT INTO ${table} (location_key, receiver_cc, receiver_pid, owner_cc, owner_pid, location_id, object, last_updated, created_seq, last_seq)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT (location_key) DO UPDATE SET object = EXCLUDED.object, last_updated = EXCLUDED.last_updated, last_seq = EXCLUDED.last_seq`,
        [key, receiver?.countryCode ?? '', receiver?.partyId ?? '', owner?.countryCode ?? '', owner?.partyId ?? '', location.id, JSON.stringify(location), parseOcpiDateTime(location.last_updated), createdSeq, event.seq],
      );
    }
  },
};
