import { STREAMS } from '@chargemesh/contracts/envelope';
import { OWN_LOCATION_AGGREGATE } from '@chargemesh/contracts/location';
import { evolveOwnLocation, locationPushOf, type OwnLocationState } from '@chargemesh/directory-domain';
import type { Projection, ProjectionDb } from '@chargemesh/platform-messaging';
import { parseOcpiDateTime } from '@chargemesh/protocol-ocpi';

export const OWN_LOCATIONS_PROJECTION = 'own-locations';

/**
 * The locations of hosted CPOs (`own_locations`: the OCPI Location, its station links, ordered by
 * creation for keyset paging), which station EVSE each linked EVSE is (`evse_links`), and the
 * queue of pushes to eMSPs (`location_pushes`), all from the same events in one transaction.
 */
export const ownLocationsProjection: Projection = {
  name: OWN_LOCATIONS_PROJECTION,
  version: 1,
  stream: STREAMS.LOCATION,
  aggregate: OWN_LOCATION_AGGREGATE,
  tables: ['own_locations', 'evse_links', 'location_pushes'],
  async createTables(db) {
    await db.query(`
      CREATE TABLE ${db.table('own_locations')} (
        location_key text PRIMARY KEY,
        country_code text NOT NULL,
        party_id text NOT NULL,
        location_id text NOT NULL,
        object jsonb NOT NULL,
        links jsonb NOT NULL,
        last_updated timestamptz NOT NULL,
        created_seq bigint NOT NULL,
        last_seq bigint NOT NULL
      )`);
    await db.query(`CREATE INDEX ON ${db.table('own_locations')} (country_code, party_id, created_seq)`);
    await db.query(`CREATE INDEX ON ${db.table('own_locations')} (country_code, party_id, last_updated)`);
    await db.query(`
      CREATE TABLE ${db.table('evse_links')} (
        station_id text NOT NULL,
        evse_id integer NOT NULL,
        location_key text NOT NULL,
        evse_uid text NOT NULL,
        PRIMARY KEY (station_id, evse_id)
      )`);
    await db.query(`CREATE INDEX ON ${db.table('evse_links')} (location_key)`);
    await db.query(`
      CREATE TABLE ${db.table('location_pushes')} (
        seq bigint PRIMARY KEY,
        source_cc text NOT NULL,
        source_pid text NOT NULL,
        method text NOT NULL,
        path jsonb NOT NULL,
        query jsonb,
        body jsonb NOT NULL,
        created_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX ON ${db.table('location_pushes')} (source_cc, source_pid, seq)`);
    await db.query(`CREATE INDEX ON ${db.table('location_pushes')} (created_at)`);
  },
  async apply(events, db) {
    const states = new Map<string, { state: OwnLocationState | undefined; createdSeq?: number }>();
    for (const event of events) {
      const key = event.envelope.aggregateId;
      const held = states.get(key) ?? (await load(db, key));
      const state = evolveOwnLocation(held.state, event.envelope);
      const createdSeq = held.createdSeq ?? event.seq;
      states.set(key, { state, createdSeq });
      if (!state) continue;
      const { location, links } = state;
      await db.query(
        `INSERT INTO ${db.table('own_locations')} (location_key, country_code, party_id, location_id, object, links, last_updated, created_seq, last_seq)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (location_key) DO UPDATE SET object = EXCLUDED.object, links = EXCLUDED.links, last_updated = EXCLUDED.last_updated, last_seq = EXCLUDED.last_seq`,
        [key, location.country_code, location.party_id, location.id, JSON.stringify(location), JSON.stringify(links), parseOcpiDateTime(location.last_updated), createdSeq, event.seq],
      );
      if (event.envelope.type !== 'EvseStatusChanged.v1') await saveLinks(db, key, state);
      const push = locationPushOf(event.envelope);
      if (push) {
        await db.query(
          `INSERT INTO ${db.table('location_pushes')} (seq, source_cc, source_pid, method, path, body, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (seq) DO NOTHING`,
          [event.seq, push.cpo.countryCode, push.cpo.partyId, push.method, JSON.stringify(push.path), JSON.stringify(push.body), event.envelope.occurredAt],
        );
      }
    }
  },
};

async function load(db: ProjectionDb, key: string): Promise<{ state: OwnLocationState | undefined; createdSeq?: number }> {
  const [row] = await db.query<{ object: OwnLocationState['location']; links: OwnLocationState['links']; created_seq: string }>(
    `SELECT object, links, created_seq FROM ${db.table('own_locations')} WHERE location_key = $1`,
    [key],
  );
  return row ? { state: { location: row.object, links: row.links }, createdSeq: Number(row.created_seq) } : { state: undefined };
}

/** A station EVSE belongs to the EVSE that linked it last: a link moved to another location takes it over. */
async function saveLinks(db: ProjectionDb, key: string, state: OwnLocationState): Promise<void> {
  await db.query(`DELETE FROM ${db.table('evse_links')} WHERE location_key = $1`, [key]);
  for (const link of state.links) {
    await db.query(
      `INSERT INTO ${db.table('evse_links')} (station_id, evse_id, location_key, evse_uid) VALUES ($1, $2, $3, $4)
       ON CONFLICT (station_id, evse_id) DO UPDATE SET location_key = EXCLUDED.location_key, evse_uid = EXCLUDED.evse_uid`,
      [link.stationId, link.evseId, key, link.evseUid],
    );
  }
}
