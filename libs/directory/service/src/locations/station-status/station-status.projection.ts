import { matchEvent, STREAMS } from '@chargemesh/contracts/envelope';
import { ConnectorStatusChangedV1, STATION_AGGREGATE, type ConnectorStatus } from '@chargemesh/contracts/station';
import type { OcpiEvseStatus } from '@chargemesh/contracts/location';
import { evseStatusOfConnectors } from '@chargemesh/directory-domain';
import type { Projection, ProjectionDb } from '@chargemesh/platform-messaging';

export const STATION_STATUS_PROJECTION = 'location-station-status';

/** A linked EVSE whose station reported a connector status: what the EVSE shows now. */
export interface StationEvseStatus {
  stationId: string;
  evseId: number;
  status: OcpiEvseStatus;
  /** The STATION stream sequence of the report. */
  seq: number;
}

/**
 * Follows the STATION stream: keeps every station's last connector statuses
 * (`station_connector_statuses`) and, for each EVSE of a hosted CPO linked to the station, hands
 * the EVSE status they add up to to `onStatus` (which appends EvseStatusChanged when it changed).
 * A report for EVSE 0 (the whole station) concerns every EVSE of the station.
 */
export function stationStatusProjection(onStatus: (status: StationEvseStatus) => Promise<void>): Projection {
  return {
    name: STATION_STATUS_PROJECTION,
    version: 1,
    stream: STREAMS.STATION,
    aggregate: STATION_AGGREGATE,
    tables: ['station_connector_statuses'],
    async createTables(db) {
      await db.query(`
        CREATE TABLE ${db.table('station_connector_statuses')} (
          station_id text NOT NULL,
          evse_id integer NOT NULL,
          connector_id integer NOT NULL,
          status text NOT NULL,
          PRIMARY KEY (station_id, evse_id, connector_id)
        )`);
    },
    async apply(events, db) {
      const table = db.table('station_connector_statuses');
      for (const event of events) {
        const changed = matchEvent(event.envelope, ConnectorStatusChangedV1);
        if (!changed) continue;
        const stationId = event.envelope.aggregateId;
        const { evseId, connectorId, status } = changed.data;
        await db.query(
          `INSERT INTO ${table} (station_id, evse_id, connector_id, status) VALUES ($1, $2, $3, $4)
           ON CONFLICT (station_id, evse_id, connector_id) DO UPDATE SET status = EXCLUDED.status`,
          [stationId, evseId, connectorId, status],
        );
        const linked = await db.query<{ evse_id: number }>(
          evseId === 0 ? 'SELECT evse_id FROM evse_links WHERE station_id = $1' : 'SELECT evse_id FROM evse_links WHERE station_id = $1 AND evse_id = $2',
          evseId === 0 ? [stationId] : [stationId, evseId],
        );
        for (const { evse_id } of linked) {
          await onStatus({ stationId, evseId: evse_id, status: await statusOf(db, table, stationId, evse_id), seq: event.seq });
        }
      }
    },
  };
}

async function statusOf(db: ProjectionDb, table: string, stationId: string, evseId: number): Promise<OcpiEvseStatus> {
  const rows = await db.query<{ evse_id: number; status: ConnectorStatus }>(`SELECT evse_id, status FROM ${table} WHERE station_id = $1 AND evse_id IN (0, $2) ORDER BY connector_id`, [stationId, evseId]);
  return evseStatusOfConnectors(
    rows.filter((row) => row.evse_id === evseId).map((row) => row.status),
    rows.find((row) => row.evse_id === 0)?.status,
  );
}
