import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { ListStationsRequest, StationView, TransactionView } from '@chargemesh/contracts/station';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';
import type { ConnectorRow, StationRow, TransactionRow } from '../projections/station-rows';

const iso = (value: string | Date | null | undefined) => (value === null || value === undefined ? undefined : new Date(value).toISOString());
const present = <T extends object>(entries: T) => Object.fromEntries(Object.entries(entries).filter(([, value]) => value !== undefined && value !== null)) as T;

function transactionView(row: TransactionRow): TransactionView {
  return present({
    transactionId: row.transaction_id,
    ocppVersion: row.ocpp_version as TransactionView['ocppVersion'],
    evseId: row.evse_id ?? undefined,
    connectorId: row.connector_id ?? undefined,
    token: row.token_ref ? present({ ref: row.token_ref, type: row.token_type ?? undefined }) : undefined,
    startedAt: iso(row.started_at),
    endedAt: iso(row.ended_at),
    open: !row.ended,
    lastSeqNo: row.seq_max === null ? undefined : Number(row.seq_max),
    missingSeqNos: row.missing_seq_nos,
    lastMeterValues: row.last_meter_values,
    stoppedReason: row.stopped_reason ?? undefined,
    offline: row.offline,
  });
}

/** Reads the gateway's projection: stations with live connector status and open transactions. */
@Injectable()
export class StationReadModel {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async get(stationId: string): Promise<StationView | undefined> {
    const [view] = await this.views(await this.dataSource.query('SELECT * FROM stations WHERE station_id = $1', [stationId]));
    return view;
  }

  async list(filter: ListStationsRequest): Promise<StationView[]> {
    const conditions: string[] = [];
    const params: unknown[] = [];
    const where = (sql: string, value: unknown) => {
      params.push(value);
      conditions.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.countryCode) where('country_code = ?', filter.countryCode.toUpperCase());
    if (filter.partyId) where('party_id = ?', filter.partyId.toUpperCase());
    if (filter.online !== undefined) where('online = ?', filter.online);
    if (filter.after) where('station_id > ?', filter.after);
    params.push(filter.limit);
    const rows: StationRow[] = await this.dataSource.query(
      `SELECT * FROM stations ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY station_id LIMIT $${params.length}`,
      params,
    );
    return this.views(rows);
  }

  async transactions(stationId: string, open?: boolean): Promise<TransactionView[]> {
    const rows: TransactionRow[] = await this.dataSource.query(
      `SELECT * FROM transactions WHERE station_id = $1 ${open === undefined ? '' : open ? 'AND NOT ended' : 'AND ended'} ORDER BY last_seq`,
      [stationId],
    );
    return rows.map(transactionView);
  }

  private async views(stations: StationRow[]): Promise<StationView[]> {
    if (!stations.length) return [];
    const ids = stations.map((station) => station.station_id);
    const connectors: ConnectorRow[] = await this.dataSource.query('SELECT * FROM connectors WHERE station_id = ANY($1) ORDER BY evse_id, connector_id', [ids]);
    const open: TransactionRow[] = await this.dataSource.query('SELECT * FROM transactions WHERE station_id = ANY($1) AND NOT ended ORDER BY last_seq', [ids]);
    return stations.map((row) =>
      present({
        stationId: row.station_id,
        party: { countryCode: row.country_code, partyId: row.party_id },
        securityProfile: row.security_profile as StationView['securityProfile'],
        registrationPolicy: row.registration_policy as StationView['registrationPolicy'],
        registrationStatus: (row.registration_status ?? undefined) as StationView['registrationStatus'],
        ocppVersion: (row.ocpp_version ?? undefined) as StationView['ocppVersion'],
        vendorName: row.vendor_name ?? undefined,
        model: row.model ?? undefined,
        serialNumber: row.serial_number ?? undefined,
        firmwareVersion: row.firmware_version ?? undefined,
        online: row.online,
        connectedAt: iso(row.connected_at),
        lastSeenAt: iso(row.last_seen_at),
        provisionedAt: iso(row.provisioned_at) as string,
        connectors: connectors
          .filter((connector) => connector.station_id === row.station_id)
          .map((connector) =>
            present({
              evseId: connector.evse_id,
              connectorId: connector.connector_id,
              status: connector.status as StationView['connectors'][number]['status'],
              ocppStatus: connector.ocpp_status,
              errorCode: connector.error_code ?? undefined,
              updatedAt: iso(connector.status_at) as string,
            }),
          ),
        openTransactions: open.filter((transaction) => transaction.station_id === row.station_id).map(transactionView),
      }),
    );
  }
}
