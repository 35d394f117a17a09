import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { EvseStationLink } from '@chargemesh/contracts/location';
import type { ConnectorStatus } from '@chargemesh/contracts/station';
import type { OwnLocationState } from '@chargemesh/directory-domain';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';
import type { Location, PartyRef } from '@chargemesh/protocol-ocpi';
import type { ProjectedState } from './shared/projected-aggregate';
import { type PageRequest, pageSql } from './shared/keyset-page';

export interface LocationPage {
  items: Location[];
  /** The station links of each item, in the same order (internal: admin only). */
  links: EvseStationLink[][];
  total: number;
  /** The ordering key of the last item (for the next page's keyset read). */
  lastKey?: number;
}

const upper = (value: string) => value.toUpperCase();

/** Reads the locations projections (`own_locations`, `evse_links`, `received_locations`) and the station connector statuses. */
@Injectable()
export class LocationReadModel {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async ownState(key: string): Promise<ProjectedState<OwnLocationState | undefined>> {
    const [row]: { object: Location; links: EvseStationLink[]; last_seq: string }[] = await this.dataSource.query('SELECT object, links, last_seq FROM own_locations WHERE location_key = $1', [key]);
    return row ? { state: { location: row.object, links: row.links }, lastSeq: Number(row.last_seq) } : { state: undefined, lastSeq: 0 };
  }

  async receivedState(key: string): Promise<ProjectedState<Location | undefined>> {
    const [row]: { object: Location; last_seq: string }[] = await this.dataSource.query('SELECT object, last_seq FROM received_locations WHERE location_key = $1', [key]);
    return row ? { state: row.object, lastSeq: Number(row.last_seq) } : { state: undefined, lastSeq: 0 };
  }

  /** A hosted CPO's locations, oldest first, filtered and paged (the Sender GET list and the admin list). */
  async ownPage(cpo: PartyRef, page: PageRequest): Promise<LocationPage> {
    const sql = pageSql(page, 3);
    const owner = [upper(cpo.countryCode), upper(cpo.partyId)];
    const where = ['country_code = $1', 'party_id = $2'];
    const rows: { object: Location; links: EvseStationLink[]; created_seq: string }[] = await this.dataSource.query(
      `SELECT object, links, created_seq FROM own_locations WHERE ${[...where, ...sql.conditions].join(' AND ')} ${sql.tail}`,
      [...owner, ...sql.params],
    );
    const [{ total }]: { total: string }[] = await this.dataSource.query(`SELECT count(*) AS total FROM own_locations WHERE ${[...where, ...sql.filters].join(' AND ')}`, [...owner, ...sql.filterParams]);
    return { items: rows.map((row) => row.object), links: rows.map((row) => row.links), total: Number(total), ...(rows.length ? { lastKey: Number(rows[rows.length - 1].created_seq) } : {}) };
  }

  /** The hosted CPO's location behind a station EVSE, and the EVSE's uid. */
  async linkedEvse(stationId: string, evseId: number): Promise<{ state: OwnLocationState; evseUid: string; key: string } | undefined> {
    const [row]: { object: Location; links: EvseStationLink[]; evse_uid: string; location_key: string }[] = await this.dataSource.query(
      'SELECT l.object, l.links, k.evse_uid, k.location_key FROM evse_links k JOIN own_locations l ON l.location_key = k.location_key WHERE k.station_id = $1 AND k.evse_id = $2',
      [stationId, evseId],
    );
    return row && { state: { location: row.object, links: row.links }, evseUid: row.evse_uid, key: row.location_key };
  }

  /** Which EVSE of a hosted CPO, elsewhere than `exceptKey`, a station EVSE is linked to. */
  async linkOwner(stationId: string, evseId: number, exceptKey: string): Promise<string | undefined> {
    const [row]: { location_key: string; evse_uid: string }[] = await this.dataSource.query(
      'SELECT location_key, evse_uid FROM evse_links WHERE station_id = $1 AND evse_id = $2 AND location_key <> $3',
      [stationId, evseId, exceptKey],
    );
    return row && `${row.location_key} EVSE ${row.evse_uid}`;
  }

  /** What the station last reported for the connectors of one EVSE, and for the whole station (EVSE 0). */
  async stationConnectors(stationId: string, evseId: number): Promise<{ connectors: ConnectorStatus[]; stationWide?: ConnectorStatus }> {
    const rows: { evse_id: number; status: ConnectorStatus }[] = await this.dataSource
      .query('SELECT evse_id, status FROM station_connector_statuses WHERE station_id = $1 AND evse_id IN (0, $2) ORDER BY connector_id', [stationId, evseId])
      // Before the station status projection has made its table nothing has been reported yet.
      .catch((error: { code?: string }) => (error.code === '42P01' ? [] : Promise.reject(error)));
    const stationWide = rows.find((row) => row.evse_id === 0)?.status;
    return { connectors: rows.filter((row) => row.evse_id === evseId).map((row) => row.status), ...(stationWide ? { stationWide } : {}) };
  }
}
