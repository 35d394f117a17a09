import { type EventEnvelope, matchEvent, STREAMS } from '@chargemesh/contracts/envelope';
import { ConnectorStatusChangedV1, type MeterValue, STATION_AGGREGATE, TransactionEndedV1, TransactionStartedV1, TransactionUpdatedV1 } from '@chargemesh/contracts/station';
import { chargingOfStationState } from '@chargemesh/tariff-cdr-domain';
import type { Projection, ProjectionDb } from '@chargemesh/platform-messaging';

/*
 * The facts of every station transaction, in whatever order the station reported them (offline
 * replays, late meter values): `station_transactions` (one row per transaction, `last_seq` is the
 * STATION position of its latest fact) and `transaction_observations` (meter values and charging
 * states). The pipeline reads a transaction's facts as a whole; a replay writes the same rows again.
 * One event changes one transaction row, so no two rows share a last_seq.
 */

interface Upsert {
  stationId: string;
  transactionId: string;
  ocppVersion: string;
  seq: number;
  evseId?: number;
  connectorId?: number;
  startedAt?: string;
  endedAt?: string;
  startKnown?: boolean;
  tokenRef?: string;
  tokenType?: string;
  remoteStartId?: number;
  stoppedReason?: string;
}

async function upsert(db: ProjectionDb, row: Upsert, definitive: boolean): Promise<void> {
  const table = db.table('station_transactions');
  // A Started event is definitive about where and when; others only fill in what is still unknown.
  const evse = definitive ? 'COALESCE(EXCLUDED.evse_id, t.evse_id)' : 'COALESCE(t.evse_id, EXCLUDED.evse_id)';
  const connector = definitive ? 'COALESCE(EXCLUDED.connector_id, t.connector_id)' : 'COALESCE(t.connector_id, EXCLUDED.connector_id)';
  await db.query(
    `INSERT INTO ${table} AS t (station_id, transaction_id, ocpp_version, evse_id, connector_id, started_at, ended_at, start_known, token_ref, token_type, remote_start_id, stopped_reason, last_seq)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
     ON CONFLICT (station_id, transaction_id) DO UPDATE SET
       evse_id = ${evse}, connector_id = ${connector},
       started_at = COALESCE(t.started_at, EXCLUDED.started_at), ended_at = COALESCE(t.ended_at, EXCLUDED.ended_at),
       start_known = COALESCE(EXCLUDED.start_known, t.start_known),
       token_ref = COALESCE(t.token_ref, EXCLUDED.token_ref), token_type = COALESCE(t.token_type, EXCLUDED.token_type),
       remote_start_id = COALESCE(t.remote_start_id, EXCLUDED.remote_start_id), stopped_reason = COALESCE(t.stopped_reason, EXCLUDED.stopped_reason),
       last_seq = GREATEST(t.last_seq, EXCLUDED.last_seq)`,
    [
      row.stationId,
      row.transactionId,
      row.ocppVersion,
      row.evseId ?? null,
      row.connectorId ?? null,
      row.startedAt ?? null,
      row.endedAt ?? null,
      row.startKnown ?? null,
      row.tokenRef ?? null,
      row.tokenType ?? null,
      row.remoteStartId ?? null,
      row.stoppedReason ?? null,
      row.seq,
    ],
  );
}

async function observe(db: ProjectionDb, stationId: string, transactionId: string, seq: number, meterValues: readonly MeterValue[], state?: { at: string; chargingState?: string }): Promise<void> {
  const table = db.table('transaction_observations');
  const rows: { position: number; at: string; sampled_values: unknown; charging: boolean | null }[] = meterValues.map((value, position) => ({ position, at: value.timestamp, sampled_values: value.sampledValues, charging: null }));
  const charging = state?.chargingState === undefined ? undefined : chargingOfStationState(state.chargingState);
  if (state && charging !== undefined) rows.push({ position: meterValues.length, at: state.at, sampled_values: [], charging });
  if (rows.length === 0) return;
  await db.query(
    `INSERT INTO ${table} (station_id, transaction_id, seq, position, at, sampled_values, charging)
     SELECT $1, $2, $3, r.position, r.at, r.sampled_values, r.charging FROM jsonb_to_recordset($4::jsonb) AS r(position int, at text, sampled_values jsonb, charging boolean)
     ON CONFLICT DO NOTHING`,
    [stationId, transactionId, seq, JSON.stringify(rows)],
  );
}

async function applyOne(db: ProjectionDb, envelope: EventEnvelope, seq: number): Promise<void> {
  const started = matchEvent(envelope, TransactionStartedV1);
  if (started) {
    const data = started.data;
    await upsert(db, { stationId: data.stationId, transactionId: data.transactionId, ocppVersion: data.ocppVersion, seq, evseId: data.evseId, connectorId: data.connectorId, startedAt: data.startedAt, tokenRef: data.token?.ref, tokenType: data.token?.type, remoteStartId: data.remoteStartId }, true);
    return observe(db, data.stationId, data.transactionId, seq, data.meterValues, { at: data.startedAt, chargingState: data.chargingState });
  }
  const updated = matchEvent(envelope, TransactionUpdatedV1);
  if (updated) {
    const data = updated.data;
    await upsert(db, { stationId: data.stationId, transactionId: data.transactionId, ocppVersion: data.ocppVersion, seq, evseId: data.evseId, connectorId: data.connectorId, tokenRef: data.token?.ref, tokenType: data.token?.type }, false);
    return observe(db, data.stationId, data.transactionId, seq, data.meterValues, { at: data.timestamp, chargingState: data.chargingState });
  }
  const ended = matchEvent(envelope, TransactionEndedV1);
  if (ended) {
    const data = ended.data;
    await upsert(
      db,
      { stationId: data.stationId, transactionId: data.transactionId, ocppVersion: data.ocppVersion, seq, evseId: data.evseId, connectorId: data.connectorId, endedAt: data.endedAt, startKnown: data.startKnown, tokenRef: data.token?.ref, tokenType: data.token?.type, stoppedReason: data.stoppedReason },
      false,
    );
    return observe(db, data.stationId, data.transactionId, seq, data.meterValues);
  }
  const status = matchEvent(envelope, ConnectorStatusChangedV1);
  if (status) {
    // 1.6 reports whether the vehicle draws power only as a connector status: it belongs to the open transaction on that EVSE.
    const charging = chargingOfStationState(status.data.ocppStatus);
    if (charging === undefined) return;
    const table = db.table('station_transactions');
    const [open] = await db.query<{ transaction_id: string }>(
      `SELECT transaction_id FROM ${table} WHERE station_id = $1 AND evse_id = $2 AND ended_at IS NULL AND started_at IS NOT NULL AND started_at <= $3 ORDER BY started_at DESC LIMIT 1`,
      [envelope.aggregateId, status.data.evseId, status.data.timestamp],
    );
    if (!open) return;
    await db.query(`UPDATE ${table} SET last_seq = GREATEST(last_seq, $3) WHERE station_id = $1 AND transaction_id = $2`, [envelope.aggregateId, open.transaction_id, seq]);
    await db.query(
      `INSERT INTO ${db.table('transaction_observations')} (station_id, transaction_id, seq, position, at, sampled_values, charging) VALUES ($1, $2, $3, 0, $4, '[]', $5) ON CONFLICT DO NOTHING`,
      [envelope.aggregateId, open.transaction_id, seq, status.data.timestamp, charging],
    );
  }
}

export const stationTransactionsProjection: Projection = {
  name: 'station-transactions',
  version: 1,
  stream: STREAMS.STATION,
  aggregate: STATION_AGGREGATE,
  tables: ['station_transactions', 'transaction_observations'],
  async createTables(db) {
    const transactions = db.table('station_transactions');
    await db.query(`
      CREATE TABLE ${transactions} (
        station_id text NOT NULL,
        transaction_id text NOT NULL,
        ocpp_version text NOT NULL,
        evse_id integer,
        connector_id integer,
        started_at timestamptz,
        ended_at timestamptz,
        start_known boolean,
        token_ref uuid,
        token_type text,
        remote_start_id integer,
        stopped_reason text,
        last_seq bigint NOT NULL,
        PRIMARY KEY (station_id, transaction_id)
      )`);
    await db.query(`CREATE INDEX ${transactions}_seq ON ${transactions} (last_seq)`);
    await db.query(`CREATE INDEX ${transactions}_open ON ${transactions} (station_id, evse_id) WHERE ended_at IS NULL`);
    await db.query(`
      CREATE TABLE ${db.table('transaction_observations')} (
        station_id text NOT NULL,
        transaction_id text NOT NULL,
        seq bigint NOT NULL,
        position integer NOT NULL,
        at text NOT NULL,
        sampled_values jsonb NOT NULL,
        charging boolean,
        PRIMARY KEY (station_id, transaction_id, seq, position)
      )`);
  },
  async apply(events, db) {
    for (const { envelope, seq } of events) await applyOne(db, envelope, seq);
  },
};
