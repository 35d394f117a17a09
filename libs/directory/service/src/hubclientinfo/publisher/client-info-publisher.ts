import { Inject, Injectable, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { ClientInfoView } from '@chargemesh/contracts/party';
import { clientInfoReceiverUrl, hubClientInfos, isAboutPlatform } from '@chargemesh/directory-domain';
import { DATA_SOURCE, LOGGER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { DirectoryConfig } from '../../directory.config';
import { RoutingTableCache } from '../../routing/routing-table.cache';
import { LeaderLoop, PostgresLeaderLock } from '@chargemesh/platform-persistence';
import { ClientInfoSender } from './client-info.sender';

const deliveryKey = (target: string, info: Pick<ClientInfoView, 'country_code' | 'party_id' | 'role'>) => `${target}|${info.country_code}*${info.party_id}|${info.role}`;

/**
 * As a Hub (a platform hosting a HUB party): pushes every new or changed ClientInfo to every
 * connected partner with a hubclientinfo receiver, never about its own parties, and a newly
 * connected partner gets the whole current list. What each partner has received is recorded, so
 * a push that failed (partner offline, time-out) is retried at the next round and a partner that
 * comes back catches up. One instance pushes at a time.
 */
@Injectable()
export class ClientInfoPublisher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly loop: LeaderLoop;

  constructor(
    private readonly table: RoutingTableCache,
    private readonly sender: ClientInfoSender,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) config: DirectoryConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.loop = new LeaderLoop(new PostgresLeaderLock(dataSource, 'directory:client-info-publisher'), config.HUBCLIENTINFO_PUSH_INTERVAL_MS, () => this.publish(), (error) =>
      this.logger.warn({ err: error }, 'ClientInfo pushes failed; will retry'),
    );
  }

  onApplicationBootstrap(): void {
    this.table.onChange(() => this.loop.poke());
    this.loop.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  private async publish(): Promise<void> {
    await this.table.refresh();
    const snapshot = await this.table.current();
    const isHub = [...snapshot.hosted.values()].some((party) => party.roles.some((entry) => entry.role === 'HUB'));
    if (!isHub) return;
    const platforms = [...snapshot.platforms.values()];
    const infos = hubClientInfos(platforms);
    const delivered = await this.deliveries();
    for (const target of platforms) {
      const url = clientInfoReceiverUrl(target);
      if (!url) continue;
      for (const info of infos) {
        if (isAboutPlatform(info, target)) continue;
        const known = delivered.get(deliveryKey(target.platformId, info));
        if (known && known.last_updated >= info.last_updated && known.status === info.status) continue;
        try {
          await this.sender.put(url, target.platformId, info);
        } catch (error) {
          this.logger.warn({ err: error, platformId: target.platformId }, 'ClientInfo push failed; retrying at the next round');
          break; // the partner is probably unreachable: do not hammer it with the rest now
        }
        await this.recordDelivery(target.platformId, info);
      }
    }
  }

  private async deliveries(): Promise<Map<string, { status: string; last_updated: string }>> {
    const rows: { target_platform_id: string; country_code: string; party_id: string; role: string; status: string; last_updated: Date }[] = await this.dataSource.query('SELECT * FROM client_info_deliveries');
    return new Map(rows.map((row) => [deliveryKey(row.target_platform_id, row as never), { status: row.status, last_updated: row.last_updated.toISOString() }]));
  }

  private async recordDelivery(target: string, info: ClientInfoView): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO client_info_deliveries (target_platform_id, country_code, party_id, role, status, last_updated) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (target_platform_id, country_code, party_id, role) DO UPDATE SET status = EXCLUDED.status, last_updated = EXCLUDED.last_updated, delivered_at = now()`,
      [target, info.country_code, info.party_id, info.role, info.status, info.last_updated],
    );
  }
}
