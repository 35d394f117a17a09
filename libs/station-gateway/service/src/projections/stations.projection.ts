import { STREAMS } from '@chargemesh/contracts/envelope';
import { STATION_AGGREGATE } from '@chargemesh/contracts/station';
import type { Projection, ProjectionDb } from '@chargemesh/platform-messaging';
import {
  type ConnectorRow,
  connectorRowOf,
  emptyTransactionRow,
  evolveStation,
  evolveTransaction,
  provisionedRow,
  type StationRow,
  transactionKeyOf,
  type TransactionRow,
} from './station-rows';

const STATION_COLUMNS = `station_id text, country_code text, party_id text, security_profile int, registration_policy text,
  registration_status text, ocpp_version text, vendor_name text, model text, serial_number text, firmware_version text,
  online boolean, connection_id uuid, instance_id text, connected_at timestamptz, last_seen_at timestamptz,
  provisioned_at timestamptz, updated_at timestamptz, last_seq bigint`;
const CONNECTOR_COLUMNS = 'station_id text, evse_id int, connector_id int, status text, ocpp_status text, error_code text, status_at timestamptz, last_seq bigint';
const TRANSACTION_COLUMNS = `station_id text, transaction_id text, ocpp_version text, evse_id int, connector_id int, token_ref uuid,
  token_type text, start_key text, started boolean, ended boolean, started_at timestamptz, ended_at timestamptz, seq_min bigint,
  seq_max bigint, missing_seq_nos jsonb, last_meter_values jsonb, stopped_reason text, offline boolean, last_seq bigint`;

const names = (columns: string) => columns.split(',').map((column) => column.trim().split(/\s+/)[0]);
const updateAll = (columns: string, key: string[]) =>
  names(columns)
    .filter((column) => !key.includes(column))
    .map((column) => `${column} = EXCLUDED.${column}`)
    .join(', ');

/** Upserts whole rows in one statement: a batch of events costs a handful of round trips, not one per event. */
async function upsert(db: ProjectionDb, table: string, columns: string, key: string[], rows: unknown[]): Promise<void> {
  if (!rows.length) return;
  const list = names(columns).join(', ');
  await db.query(
    `INSERT INTO ${db.table(table)} (${list}) SELECT ${list} FROM jsonb_to_recordset($1::jsonb) AS r(${columns})
     ON CONFLICT (${key.join(', ')}) DO UPDATE SET ${updateAll(columns, key)}`,
    [JSON.stringify(rows)],
  );
}

/**
 * Stations with registration and connection state, their EVSEs/connectors with live status, and
 * their transactions (open and ended, with seqNo gaps). The gateway itself reads it when a station
 * connects, after waiting for it to reach the station's last event, so that state survives
 * reconnects to any instance.
 */
export const stationsProjection: Projection = {
  name: 'stations',
  version: 1,
  stream: STREAMS.STATION,
  aggregate: STATION_AGGREGATE,
  tables: ['stations', 'connectors', 'transactions'],
  async createTables(db) {
    await db.query(`CREATE TABLE ${db.table('stations')} (${STATION_COLUMNS.replace('station_id text', 'station_id text PRIMARY KEY')})`);
    await db.query(`CREATE INDEX ON ${db.table('stations')} (country_code, party_id, station_id)`);
    await db.query(`CREATE TABLE ${db.table('connectors')} (${CONNECTOR_COLUMNS}, PRIMARY KEY (station_id, evse_id, connector_id))`);
    await db.query(`CREATE TABLE ${db.table('transactions')} (${TRANSACTION_COLUMNS}, PRIMARY KEY (station_id, transaction_id))`);
    await db.query(`CREATE INDEX ON ${db.table('transactions')} (station_id, ended, last_seq)`);
  },
  async apply(events, db) {
    const stationIds = new Set<string>();
    const transactionKeys = new Map<string, { station: string; transaction: string }>();
    for (const { envelope } of events) {
      stationIds.add(envelope.aggregateId);
      const transaction = transactionKeyOf(envelope);
      if (transaction !== undefined) transactionKeys.set(`${envelope.aggregateId}\0${transaction}`, { station: envelope.aggregateId, transaction });
    }
    const stations = new Map<string, StationRow>();
    for (const row of await db.query<StationRow>(`SELECT * FROM ${db.table('stations')} WHERE station_id = ANY($1)`, [[...stationIds]])) stations.set(row.station_id, row);
    const transactions = new Map<string, TransactionRow>();
    if (transactionKeys.size) {
      const keys = [...transactionKeys.values()];
      const loaded = await db.query<TransactionRow>(
        `SELECT t.* FROM ${db.table('transactions')} t JOIN unnest($1::text[], $2::text[]) AS k(station_id, transaction_id) USING (station_id, transaction_id)`,
        [keys.map((key) => key.station), keys.map((key) => key.transaction)],
      );
      for (const row of loaded) transactions.set(`${row.station_id}\0${row.transaction_id}`, row);
    }
    const connectors = new Map<string, ConnectorRow>();
    const changedStations = new Set<StationRow>();
    const changedTransactions = new Set<TransactionRow>();

    for (const { envelope, seq } of events) {
      const stationId = envelope.aggregateId;
      const provisioned = provisionedRow(envelope, seq);
      if (provisioned && !stations.has(stationId)) stations.set(stationId, provisioned);
      const station = stations.get(stationId);
      if (station) {
        if (!provisioned) evolveStation(station, envelope, seq);
        changedStations.add(station);
      }
      const connector = connectorRowOf(stationId, envelope, seq);
      if (connector) connectors.set(`${stationId}\0${connector.evse_id}\0${connector.connector_id}`, connector);
      const transactionId = transactionKeyOf(envelope);
      if (transactionId !== undefined) {
        const key = `${stationId}\0${transactionId}`;
        let row = transactions.get(key);
        if (!row) transactions.set(key, (row = emptyTransactionRow(stationId, transactionId, (envelope.data as { ocppVersion: string }).ocppVersion)));
        evolveTransaction(row, envelope, seq);
        changedTransactions.add(row);
      }
    }
    await upsert(db, 'stations', STATION_COLUMNS, ['station_id'], [...changedStations]);
    await upsert(db, 'connectors', CONNECTOR_COLUMNS, ['station_id', 'evse_id', 'connector_id'], [...connectors.values()]);
    await upsert(db, 'transactions', TRANSACTION_COLUMNS, ['station_id', 'transaction_id'], [...changedTransactions]);
  },
};
