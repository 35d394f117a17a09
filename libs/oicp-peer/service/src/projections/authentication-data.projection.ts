import { type EventEnvelope, matchEvent, STREAMS } from '@chargemesh/contracts/envelope';
import { AuthenticationDataReceivedV1, EmpAuthenticationDataSubmittedV1, type OicpActionType } from '@chargemesh/contracts/oicp';
import { identificationKeys } from '@chargemesh/oicp-peer-domain';
import type { ProjectionDb } from '@chargemesh/platform-messaging';
import type { Projection } from '@chargemesh/platform-messaging';
import type { Identification } from '@chargemesh/protocol-oicp';

/*
 * Authentication data by identification key: what EMP peers pushed to our CPO side (`cpo_auth_data`,
 * used to authorize offline) and what our own EMPs accept (`emp_auth_data`, used to answer
 * AuthorizeStart). The records are personal data: the events reference them in personal_data, and an
 * erased reference applies as no records.
 */

const tableSql = (table: string) => `
  CREATE TABLE ${table} (
    provider_id text NOT NULL,
    id_key text NOT NULL,
    identification jsonb NOT NULL,
    peer_id text,
    PRIMARY KEY (provider_id, id_key)
  )`;

async function apply(db: ProjectionDb, table: string, change: { providerId: string; actionType: OicpActionType; recordsRef: string; peerId: string | null }): Promise<void> {
  const [stored] = await db.query<{ data: { Identification: Identification }[] }>('SELECT data FROM personal_data WHERE ref = $1', [change.recordsRef]);
  const rows = (stored?.data ?? []).flatMap((record) => identificationKeys(record.Identification).map((key) => ({ key, identification: record.Identification })));
  if (change.actionType === 'fullLoad') await db.query(`DELETE FROM ${table} WHERE provider_id = $1`, [change.providerId]);
  if (change.actionType === 'delete') {
    await db.query(`DELETE FROM ${table} WHERE provider_id = $1 AND id_key = ANY($2)`, [change.providerId, rows.map((row) => row.key)]);
    return;
  }
  const unique = [...new Map(rows.map((row) => [row.key, row])).values()];
  if (unique.length === 0) return;
  await db.query(
    `INSERT INTO ${table} (provider_id, id_key, identification, peer_id)
     SELECT $1, r.key, r.identification, $2 FROM jsonb_to_recordset($3::jsonb) AS r(key text, identification jsonb)
     ON CONFLICT (provider_id, id_key) DO UPDATE SET identification = EXCLUDED.identification, peer_id = EXCLUDED.peer_id`,
    [change.providerId, change.peerId, JSON.stringify(unique)],
  );
}

function changeOf(envelope: EventEnvelope) {
  const received = matchEvent(envelope, AuthenticationDataReceivedV1);
  if (received) return { table: 'cpo_auth_data', change: { ...received.data, peerId: received.data.peerId } };
  const own = matchEvent(envelope, EmpAuthenticationDataSubmittedV1);
  if (own) return { table: 'emp_auth_data', change: { ...own.data, peerId: null } };
  return undefined;
}

export const authenticationDataProjection: Projection = {
  name: 'authentication_data',
  version: 1,
  stream: STREAMS.OICP,
  tables: ['cpo_auth_data', 'emp_auth_data'],
  async createTables(db) {
    await db.query(tableSql(db.table('cpo_auth_data')));
    await db.query(`CREATE INDEX ON ${db.table('cpo_auth_data')} (id_key)`);
    await db.query(tableSql(db.table('emp_auth_data')));
    await db.query(`CREATE INDEX ON ${db.table('emp_auth_data')} (id_key)`);
  },
  async apply(events, db) {
    for (const event of events) {
      const found = changeOf(event.envelope);
      if (found) await apply(db, db.table(found.table), found.change);
    }
  },
};
