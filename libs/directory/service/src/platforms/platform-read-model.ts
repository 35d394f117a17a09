import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { RemotePlatformView } from '@chargemesh/contracts/party';
import type { PlatformFacts } from '@chargemesh/directory-domain';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';

interface PlatformRow {
  platform_id: string;
  name: string | null;
  status: RemotePlatformView['status'];
  connection: RemotePlatformView['connection'];
  direction: RemotePlatformView['direction'] | null;
  versions_url: string | null;
  version: string | null;
  endpoints: RemotePlatformView['endpoints'];
  roles: RemotePlatformView['roles'];
  status_changed_at: Date;
}

export type PlatformRecord = RemotePlatformView & PlatformFacts;

const toRecord = (row: PlatformRow): PlatformRecord => ({
  platformId: row.platform_id,
  ...(row.name ? { name: row.name } : {}),
  status: row.status,
  connection: row.connection,
  ...(row.direction ? { direction: row.direction } : {}),
  ...(row.versions_url ? { versionsUrl: row.versions_url } : {}),
  ...(row.version ? { version: row.version } : {}),
  endpoints: row.endpoints,
  roles: row.roles,
  statusChangedAt: row.status_changed_at.toISOString(),
});

/** Partner platforms from the `remote_platforms` projection view. */
@Injectable()
export class PlatformReadModel {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async list(): Promise<PlatformRecord[]> {
    const rows: PlatformRow[] = await this.dataSource.query('SELECT * FROM remote_platforms ORDER BY status_changed_at, platform_id');
    return rows.map(toRecord);
  }

  async find(platformId: string): Promise<PlatformRecord | undefined> {
    const rows: PlatformRow[] = await this.dataSource.query('SELECT * FROM remote_platforms WHERE platform_id = $1', [platformId]);
    return rows[0] && toRecord(rows[0]);
  }
}
