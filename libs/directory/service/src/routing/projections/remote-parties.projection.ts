import { matchEvent, STREAMS } from '@chargemesh/contracts/envelope';
import { REMOTE_PARTY_AGGREGATE, RemotePartyStatusReportedV1, RouteOverrideClearedV1, RouteOverrideSetV1 } from '@chargemesh/contracts/party';
import type { Projection } from '@chargemesh/platform-messaging';

/** What Hubs told us about the parties behind them (ClientInfo) and the admin's route overrides. */
export const remotePartiesProjection: Projection = {
  name: 'remote-parties',
  version: 1,
  stream: STREAMS.PARTY,
  aggregate: REMOTE_PARTY_AGGREGATE,
  tables: ['client_infos', 'route_overrides'],
  async createTables(db) {
    await db.query(`
      CREATE TABLE ${db.table('client_infos')} (
        country_code text NOT NULL,
        party_id text NOT NULL,
        role text NOT NULL,
        reported_by uuid NOT NULL,
        status text NOT NULL,
        last_updated timestamptz NOT NULL,
        received_at timestamptz NOT NULL,
        last_seq bigint NOT NULL,
        PRIMARY KEY (country_code, party_id, role, reported_by)
      )`);
    await db.query(`
      CREATE TABLE ${db.table('route_overrides')} (
        country_code text NOT NULL,
        party_id text NOT NULL,
        platform_id uuid NOT NULL,
        set_at timestamptz NOT NULL,
        PRIMARY KEY (country_code, party_id)
      )`);
  },
  async apply(events, db) {
    for (const event of events) {
      const reported = matchEvent(event.envelope, RemotePartyStatusReportedV1);
      if (reported) {
        const { countryCode, partyId, role, reportedBy, status, lastUpdated } = reported.data;
        await db.query(
          `INSERT INTO ${db.table('client_infos')} (country_code, party_id, role, reported_by, status, last_updated, received_at, last_seq)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (country_code, party_id, role, reported_by) DO UPDATE
             SET status = EXCLUDED.status, last_updated = EXCLUDED.last_updated, received_at = EXCLUDED.received_at, last_seq = EXCLUDED.last_seq`,
          [countryCode, partyId, role, reportedBy, status, lastUpdated, event.envelope.occurredAt, event.seq],
        );
        continue;
      }
      const set = matchEvent(event.envelope, RouteOverrideSetV1);
      if (set) {
        await db.query(
          `INSERT INTO ${db.table('route_overrides')} (country_code, party_id, platform_id, set_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT (country_code, party_id) DO UPDATE SET platform_id = EXCLUDED.platform_id, set_at = EXCLUDED.set_at`,
          [set.data.countryCode, set.data.partyId, set.data.platformId, event.envelope.occurredAt],
        );
        continue;
      }
      const cleared = matchEvent(event.envelope, RouteOverrideClearedV1);
      if (cleared) await db.query(`DELETE FROM ${db.table('route_overrides')} WHERE country_code = $1 AND party_id = $2`, [cleared.data.countryCode, cleared.data.partyId]);
    }
  },
};
