import type { OicpActionType } from '@chargemesh/contracts/oicp';
import type { ProjectionDb } from '@chargemesh/platform-messaging';
import { normaliseEvseId, normaliseProviderId, OFFER_TO_ALL_PROVIDERS } from '@chargemesh/protocol-oicp';

/*
 * Applies OICP's ActionType (fullLoad, update, insert, delete) to a table of EVSEs, the same way on the
 * CPO side (what we publish, served to pulls) and the EMP side (what peers pushed to us). Deleted EVSEs
 * keep their row with `deleted_at`, so a delta pull (LastCall) can report them as deltaType delete.
 */

export const evseKey = (evseId: string) => normaliseEvseId(evseId) ?? evseId;
export const providerKey = (providerId: string) => (providerId === OFFER_TO_ALL_PROVIDERS ? providerId : (normaliseProviderId(providerId) ?? providerId));

export const evseTableSql = (table: string) => `
  CREATE TABLE ${table} (
    evse_key text PRIMARY KEY,
    evse_id text NOT NULL,
    operator_id text NOT NULL,
    peer_id text,
    record jsonb,
    status text,
    data_updated_at timestamptz,
    status_updated_at timestamptz,
    deleted_at timestamptz,
    last_seq bigint NOT NULL
  )`;

export const productTableSql = (table: string) => `
  CREATE TABLE ${table} (
    operator_id text NOT NULL,
    provider_id text NOT NULL,
    peer_id text,
    data jsonb NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (operator_id, provider_id)
  )`;

export const evsePricingTableSql = (table: string) => `
  CREATE TABLE ${table} (
    evse_key text NOT NULL,
    provider_id text NOT NULL,
    operator_id text NOT NULL,
    peer_id text,
    pricing jsonb NOT NULL,
    updated_at timestamptz NOT NULL,
    PRIMARY KEY (evse_key, provider_id)
  )`;

interface Change {
  operatorId: string;
  actionType: OicpActionType;
  peerId: string | null;
  at: string;
  seq: number;
}

/** The last record of each EVSE wins: one statement may not touch a row twice. */
function lastPerEvse<T extends { EvseID: string }>(records: readonly T[]): (T & { key: string })[] {
  const byKey = new Map<string, T & { key: string }>();
  for (const record of records) {
    const key = evseKey(record.EvseID);
    byKey.delete(key);
    byKey.set(key, { ...record, key });
  }
  return [...byKey.values()];
}

export async function applyEvseData(db: ProjectionDb, table: string, change: Change, records: readonly Record<string, unknown>[]): Promise<void> {
  const rows = lastPerEvse(records as unknown as { EvseID: string }[]);
  if (change.actionType === 'fullLoad') {
    await db.query(`UPDATE ${table} SET deleted_at = $2, data_updated_at = $2, last_seq = $3 WHERE operator_id = $1 AND record IS NOT NULL AND deleted_at IS NULL`, [change.operatorId, change.at, change.seq]);
  }
  if (change.actionType === 'delete') {
    await db.query(`UPDATE ${table} SET deleted_at = $2, data_updated_at = $2, last_seq = $3 WHERE evse_key = ANY($1::text[])`, [rows.map((row) => row.key), change.at, change.seq]);
    return;
  }
  if (rows.length === 0) return;
  await db.query(
    `INSERT INTO ${table} (evse_key, evse_id, operator_id, peer_id, record, data_updated_at, deleted_at, last_seq)
     SELECT r.key, r.record->>'EvseID', $1, $2, r.record, $3, NULL, $4 FROM jsonb_to_recordset($5::jsonb) AS r(key text, record jsonb)
     ON CONFLICT (evse_key) DO UPDATE SET evse_id = EXCLUDED.evse_id, operator_id = EXCLUDED.operator_id, peer_id = EXCLUDED.peer_id, record = EXCLUDED.record,
       data_updated_at = EXCLUDED.data_updated_at, deleted_at = NULL, last_seq = EXCLUDED.last_seq`,
    [change.operatorId, change.peerId, change.at, change.seq, JSON.stringify(rows.map(({ key, ...record }) => ({ key, record })))],
  );
}

export async function applyEvseStatus(db: ProjectionDb, table: string, change: Change, records: readonly { EvseID: string; EvseStatus: string }[]): Promise<void> {
  const rows = lastPerEvse(records);
  if (change.actionType === 'fullLoad') {
    await db.query(`UPDATE ${table} SET status = NULL, status_updated_at = $2, last_seq = $3 WHERE operator_id = $1 AND status IS NOT NULL`, [change.operatorId, change.at, change.seq]);
  }
  if (change.actionType === 'delete') {
    await db.query(`UPDATE ${table} SET status = NULL, status_updated_at = $2, last_seq = $3 WHERE evse_key = ANY($1::text[])`, [rows.map((row) => row.key), change.at, change.seq]);
    return;
  }
  if (rows.length === 0) return;
  await db.query(
    `INSERT INTO ${table} (evse_key, evse_id, operator_id, peer_id, status, status_updated_at, last_seq)
     SELECT r.key, r.evse_id, $1, $2, r.status, $3, $4 FROM jsonb_to_recordset($5::jsonb) AS r(key text, evse_id text, status text)
     ON CONFLICT (evse_key) DO UPDATE SET status = EXCLUDED.status, status_updated_at = EXCLUDED.status_updated_at, peer_id = COALESCE(EXCLUDED.peer_id, ${table}.peer_id), last_seq = EXCLUDED.last_seq`,
    [change.operatorId, change.peerId, change.at, change.seq, JSON.stringify(rows.map((row) => ({ key: row.key, evse_id: row.EvseID, status: row.EvseStatus })))],
  );
}

type ProductData = { ProviderID: string; PricingProductDataRecords: { ProductID: string }[] } & Record<string, unknown>;

/** PricingProductData of one operator for one EMP (or `*`): records merge by ProductID, fullLoad replaces. */
export async function applyPricingProducts(db: ProjectionDb, table: string, change: Change, data: Record<string, unknown>): Promise<void> {
  const incoming = data as ProductData;
  const provider = providerKey(incoming.ProviderID);
  const [current] = await db.query<{ data: ProductData }>(`SELECT data FROM ${table} WHERE operator_id = $1 AND provider_id = $2`, [change.operatorId, provider]);
  const records = new Map((change.actionType === 'fullLoad' || !current ? [] : current.data.PricingProductDataRecords).map((record) => [record.ProductID, record]));
  for (const record of incoming.PricingProductDataRecords) {
    if (change.actionType === 'delete') records.delete(record.ProductID);
    else records.set(record.ProductID, record);
  }
  const merged = { ...(current?.data ?? {}), ...incoming, PricingProductDataRecords: [...records.values()] };
  await db.query(
    `INSERT INTO ${table} (operator_id, provider_id, peer_id, data, updated_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (operator_id, provider_id) DO UPDATE SET peer_id = EXCLUDED.peer_id, data = EXCLUDED.data, updated_at = EXCLUDED.updated_at`,
    [change.operatorId, provider, change.peerId, JSON.stringify(merged), change.at],
  );
}

/** EVSEPricing: one row per EVSE and EMP; fullLoad replaces the operator's whole set. */
export async function applyEvsePricing(db: ProjectionDb, table: string, change: Change, pricing: readonly Record<string, unknown>[]): Promise<void> {
  if (change.actionType === 'fullLoad') await db.query(`DELETE FROM ${table} WHERE operator_id = $1`, [change.operatorId]);
  const rows = new Map<string, { evse_key: string; provider_id: string; pricing: Record<string, unknown> }>();
  for (const entry of pricing as ({ EvseID: string; ProviderID: string } & Record<string, unknown>)[]) {
    const row = { evse_key: evseKey(entry.EvseID), provider_id: providerKey(entry.ProviderID), pricing: entry };
    rows.set(`${row.evse_key}|${row.provider_id}`, row);
  }
  if (change.actionType === 'delete') {
    for (const row of rows.values()) await db.query(`DELETE FROM ${table} WHERE evse_key = $1 AND provider_id = $2`, [row.evse_key, row.provider_id]);
    return;
  }
  if (rows.size === 0) return;
  await db.query(
    `INSERT INTO ${table} (evse_key, provider_id, operator_id, peer_id, pricing, updated_at)
     SELECT r.evse_key, r.provider_id, $1, $2, r.pricing, $3 FROM jsonb_to_recordset($4::jsonb) AS r(evse_key text, provider_id text, pricing jsonb)
     ON CONFLICT (evse_key, provider_id) DO UPDATE SET pricing = EXCLUDED.pricing, peer_id = EXCLUDED.peer_id, updated_at = EXCLUDED.updated_at`,
    [change.operatorId, change.peerId, change.at, JSON.stringify([...rows.values()])],
  );
}
