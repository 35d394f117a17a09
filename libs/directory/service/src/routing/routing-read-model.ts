import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { ClientInfoFacts, OverrideFacts } from '@chargemesh/directory-domain';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';

/** ClientInfo reports and route overrides from the `remote-parties` projection views. */
@Injectable()
export class RoutingReadModel {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async clientInfos(): Promise<ClientInfoFacts[]> {
    const rows: { country_code: string; party_id: string; role: ClientInfoFacts['role']; status: ClientInfoFacts['status']; reported_by: string; last_updated: Date }[] =
      await this.dataSource.query('SELECT * FROM client_infos');
    return rows.map((row) => ({
      countryCode: row.country_code,
      partyId: row.party_id,
      role: row.role,
      status: row.status,
      reportedBy: row.reported_by,
      lastUpdated: row.last_updated.toISOString(),
    }));
  }

  async overrides(): Promise<OverrideFacts[]> {
    const rows: { country_code: string; party_id: string; platform_id: string }[] = await this.dataSource.query('SELECT * FROM route_overrides');
    return rows.map((row) => ({ countryCode: row.country_code, partyId: row.party_id, platformId: row.platform_id }));
  }

  /** One value that changes whenever any projection applied something: the cue to reload. */
  async checkpointSignature(): Promise<string> {
    const [row]: { signature: string | null }[] = await this.dataSource.query(
      "SELECT string_agg(projection || ':' || version || ':' || last_seq, ',' ORDER BY projection, version) AS signature FROM projection_checkpoint",
    );
    return row?.signature ?? '';
  }
}
