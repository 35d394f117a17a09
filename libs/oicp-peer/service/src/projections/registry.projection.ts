import { matchEvent, STREAMS } from '@chargemesh/contracts/envelope';
import { OICP_AGGREGATES, OicpIdentityConfiguredV1, OicpPeerConfiguredV1, OicpPeerRemovedV1 } from '@chargemesh/contracts/oicp';
import type { Projection } from '@chargemesh/platform-messaging';

/** Our OICP identities (hosted parties) and the peers we talk to, read through the `identities` and `peers` views. */
export const registryProjection: Projection = {
  name: 'registry',
  version: 1,
  stream: STREAMS.OICP,
  aggregate: OICP_AGGREGATES.registry,
  tables: ['identities', 'peers'],
  async createTables(db) {
    await db.query(`
      CREATE TABLE ${db.table('identities')} (
        country_code text NOT NULL,
        party_id text NOT NULL,
        operator_id text,
        operator_name text,
        provider_id text,
        last_seq bigint NOT NULL,
        PRIMARY KEY (country_code, party_id)
      )`);
    await db.query(`
      CREATE TABLE ${db.table('peers')} (
        peer_id text PRIMARY KEY,
        configuration jsonb NOT NULL,
        last_seq bigint NOT NULL
      )`);
  },
  async apply(events, db) {
    for (const event of events) {
      const identity = matchEvent(event.envelope, OicpIdentityConfiguredV1);
      if (identity) {
        const { countryCode, partyId, operatorId, operatorName, providerId } = identity.data;
        await db.query(
          `INSERT INTO ${db.table('identities')} (country_code, party_id, operator_id, operator_name, provider_id, last_seq) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (country_code, party_id) DO UPDATE SET operator_id = $3, operator_name = $4, provider_id = $5, last_seq = $6`,
          [countryCode, partyId, operatorId ?? null, operatorName ?? null, providerId ?? null, event.seq],
        );
        continue;
      }
      const peer = matchEvent(event.envelope, OicpPeerConfiguredV1);
      if (peer) {
        await db.query(
          `INSERT INTO ${db.table('peers')} (peer_id, configuration, last_seq) VALUES ($1, $2, $3)
           ON CONFLICT (peer_id) DO UPDATE SET configuration = $2, last_seq = $3`,
          [peer.data.peerId, JSON.stringify(peer.data), event.seq],
        );
        continue;
      }
      const removed = matchEvent(event.envelope, OicpPeerRemovedV1);
      if (removed) await db.query(`DELETE FROM ${db.table('peers')} WHERE peer_id = $1`, [removed.data.peerId]);
    }
  },
};
