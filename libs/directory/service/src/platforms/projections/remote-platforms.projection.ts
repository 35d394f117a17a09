import { matchEvent, STREAMS } from '@chargemesh/contracts/envelope';
import {
  PARTNER_AGGREGATE,
  PartnerConnectionChangedV1,
  PartnerCredentialsUpdatedV1,
  PartnerInvitedV1,
  PartnerInvitedV2,
  PartnerRegisteredV1,
  PartnerSuspendedV1,
  PartnerUnregisteredV1,
} from '@chargemesh/contracts/credential';
import type { Projection } from '@chargemesh/platform-messaging';

/**
 * Partner platforms as the credentials service announces them on the CREDENTIAL stream (another
 * service's stream, read through our own consumer; never its database): status, connection,
 * roles and endpoints. Read through the `remote_platforms` view.
 */
export const remotePlatformsProjection: Projection = {
  name: 'remote-platforms',
  version: 1,
  stream: STREAMS.CREDENTIAL,
  aggregate: PARTNER_AGGREGATE,
  tables: ['remote_platforms'],
  async createTables(db) {
    await db.query(`
      CREATE TABLE ${db.table('remote_platforms')} (
        platform_id uuid PRIMARY KEY,
        name text,
        status text NOT NULL,
        connection text NOT NULL,
        direction text,
        versions_url text,
        version text,
        endpoints jsonb NOT NULL DEFAULT '[]',
        roles jsonb NOT NULL DEFAULT '[]',
        status_changed_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        last_seq bigint NOT NULL
      )`);
  },
  async apply(events, db) {
    const table = db.table('remote_platforms');
    for (const event of events) {
      const at = event.envelope.occurredAt;
      const invitedV2 = matchEvent(event.envelope, PartnerInvitedV2);
      const invited = invitedV2 ?? matchEvent(event.envelope, PartnerInvitedV1);
      if (invited) {
        // Planned roles stand in for the partner's roles until it registers (a Hub announces them PLANNED).
        const roles = (invitedV2?.data.plannedRoles ?? []).map((role) => ({ ...role, businessDetails: { name: invited.data.name ?? '' } }));
        await db.query(
          `INSERT INTO ${table} (platform_id, name, status, connection, roles, status_changed_at, updated_at, last_seq)
           VALUES ($1, $2, 'PENDING', 'CONNECTED', $3, $4, $4, $5) ON CONFLICT (platform_id) DO NOTHING`,
          [invited.data.platformId, invited.data.name ?? null, JSON.stringify(roles), at, event.seq],
        );
        continue;
      }
      const registered = matchEvent(event.envelope, PartnerRegisteredV1);
      if (registered) {
        const data = registered.data;
        await db.query(
          `INSERT INTO ${table} (platform_id, name, status, connection, direction, versions_url, version, endpoints, roles, status_changed_at, updated_at, last_seq)
           VALUES ($1, $2, 'REGISTERED', 'CONNECTED', $3, $4, $5, $6, $7, $8, $8, $9)
           ON CONFLICT (platform_id) DO UPDATE SET name = COALESCE(EXCLUDED.name, ${table}.name), status = 'REGISTERED', connection = 'CONNECTED',
             direction = EXCLUDED.direction, versions_url = EXCLUDED.versions_url, version = EXCLUDED.version, endpoints = EXCLUDED.endpoints,
             roles = EXCLUDED.roles, status_changed_at = EXCLUDED.status_changed_at, updated_at = EXCLUDED.updated_at, last_seq = EXCLUDED.last_seq`,
          [data.platformId, data.name ?? null, data.direction, data.versionsUrl, data.version, JSON.stringify(data.endpoints), JSON.stringify(data.roles), at, event.seq],
        );
        continue;
      }
      const updated = matchEvent(event.envelope, PartnerCredentialsUpdatedV1);
      if (updated) {
        const data = updated.data;
        await db.query(`UPDATE ${table} SET versions_url = $2, version = $3, endpoints = $4, roles = $5, updated_at = $6, last_seq = $7 WHERE platform_id = $1`, [
          data.platformId,
          data.versionsUrl,
          data.version,
          JSON.stringify(data.endpoints),
          JSON.stringify(data.roles),
          at,
          event.seq,
        ]);
        continue;
      }
      const status = matchEvent(event.envelope, PartnerUnregisteredV1) ? 'UNREGISTERED' : matchEvent(event.envelope, PartnerSuspendedV1) ? 'SUSPENDED' : undefined;
      if (status) {
        await db.query(`UPDATE ${table} SET status = $2, status_changed_at = $3, updated_at = $3, last_seq = $4 WHERE platform_id = $1`, [event.envelope.aggregateId, status, at, event.seq]);
        continue;
      }
      const connection = matchEvent(event.envelope, PartnerConnectionChangedV1);
      if (connection) {
        await db.query(`UPDATE ${table} SET connection = $2, status_changed_at = $3, updated_at = $3, last_seq = $4 WHERE platform_id = $1`, [connection.data.platformId, connection.data.connection, at, event.seq]);
      }
    }
  },
};
