import { matchEvent, STREAMS } from '@chargemesh/contracts/envelope';
import { HostedPartyDetailsUpdatedV1, HostedPartyRegisteredV1, PARTY_AGGREGATE } from '@chargemesh/contracts/party';
import type { Projection } from '@chargemesh/platform-messaging';

/** Hosted parties with their roles, read through the `parties` view. */
export const partiesProjection: Projection = {
  name: 'parties',
  version: 1,
  stream: STREAMS.PARTY,
  aggregate: PARTY_AGGREGATE,
  tables: ['parties'],
  async createTables(db) {
    await db.query(`
      CREATE TABLE ${db.table('parties')} (
        country_code text NOT NULL,
        party_id text NOT NULL,
        roles jsonb NOT NULL,
        registered_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        last_seq bigint NOT NULL,
        PRIMARY KEY (country_code, party_id)
      )`);
  },
  async apply(events, db) {
    const parties = db.table('parties');
    // Registrations in a row are inserted with one statement: replays and bursts are mostly registrations.
    let registrations: { country_code: string; party_id: string; roles: unknown; at: string; seq: number }[] = [];
    const flushRegistrations = async () => {
      if (!registrations.length) return;
      await db.query(
        `INSERT INTO ${parties} (country_code, party_id, roles, registered_at, updated_at, last_seq)
         SELECT country_code, party_id, roles, at, at, seq FROM jsonb_to_recordset($1::jsonb)
           AS r(country_code text, party_id text, roles jsonb, at timestamptz, seq bigint)
         ON CONFLICT (country_code, party_id) DO NOTHING`,
        [JSON.stringify(registrations)],
      );
      registrations = [];
    };
    for (const event of events) {
      const registered = matchEvent(event.envelope, HostedPartyRegisteredV1);
      if (registered) {
        const { countryCode, partyId, roles } = registered.data;
        registrations.push({ country_code: countryCode, party_id: partyId, roles, at: event.envelope.occurredAt, seq: event.seq });
        continue;
      }
      const updated = matchEvent(event.envelope, HostedPartyDetailsUpdatedV1);
      if (updated) {
        await flushRegistrations();
        await db.query(
          `UPDATE ${parties}
              SET roles = (SELECT jsonb_agg(CASE WHEN r->>'role' = $3 THEN jsonb_set(r, '{businessDetails}', $4::jsonb) ELSE r END) FROM jsonb_array_elements(roles) r),
                  updated_at = $5, last_seq = $6
            WHERE country_code = $1 AND party_id = $2`,
          [updated.data.countryCode, updated.data.partyId, updated.data.role, JSON.stringify(updated.data.businessDetails), event.envelope.occurredAt, event.seq],
        );
      }
    }
    await flushRegistrations();
  },
};
