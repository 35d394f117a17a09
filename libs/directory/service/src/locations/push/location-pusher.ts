import { type BeforeApplicationShutdown, Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Location } from '@chargemesh/protocol-ocpi';
import { DATA_SOURCE, LOGGER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { DirectoryConfig } from '../../directory.config';
import { ListConnectedPartiesQueryHandler } from '../../routing/queries/list-connected-parties/list-connected-parties.query-handler';
import { LeaderLoop, PostgresLeaderLock } from '@chargemesh/platform-persistence';
import { OcpiOutboundClient } from '../shared/ocpi-outbound.client';
import { OcpiPushQueue } from '../shared/ocpi-push-queue';
import { PartyRoles } from '../shared/party-roles';

/**
 * Pushes hosted CPOs' location changes to every connected eMSP (and the other receivers of the
 * Locations module): LocationSaved as a Location PUT, EvseSaved as an EVSE PUT, a status change
 * as an EVSE PATCH, in order, at least once, by one instance at a time. Admin requests and station
 * reports only append events and wake it; they never wait for a receiver.
 */
@Injectable()
export class LocationPusher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly loop: LeaderLoop;

  constructor(
    outbound: OcpiOutboundClient,
    roles: PartyRoles,
    connected: ListConnectedPartiesQueryHandler,
    @Inject(DATA_SOURCE) dataSource: DataSource,
    @Inject(SERVICE_CONFIG) config: DirectoryConfig,
    @Inject(LOGGER) logger: Logger,
  ) {
    const queue = new OcpiPushQueue(
      {
        module: 'locations',
        outbox: 'location_pushes',
        sourceRole: 'CPO',
        targetRoles: ['EMSP', 'NSP', 'NAP', 'SCSP', 'OTHER'],
        async snapshot(manager, source) {
          const [{ head }]: { head: string }[] = await manager.query('SELECT COALESCE(max(seq), 0) AS head FROM location_pushes WHERE source_cc = $1 AND source_pid = $2', [source.countryCode, source.partyId]);
          const rows: { object: Location }[] = await manager.query('SELECT object FROM own_locations WHERE country_code = $1 AND party_id = $2 ORDER BY created_seq', [source.countryCode, source.partyId]);
          return { head: Number(head), pushes: rows.map(({ object }) => ({ method: 'PUT' as const, path: [object.country_code, object.party_id, object.id], body: object })) };
        },
      },
      { dataSource, outbound, logger, retentionMs: config.OCPI_PUSH_RETENTION_MS, retryBaseMs: config.OCPI_PUSH_INTERVAL_MS, sources: () => roles.hostedWithRole('CPO'), targets: () => connected.execute({}) },
    );
    this.loop = new LeaderLoop(new PostgresLeaderLock(dataSource, 'directory:location-pushes'), config.OCPI_PUSH_INTERVAL_MS, () => queue.deliverAll(), (error) =>
      logger.warn({ err: error }, 'location pushes failed; will retry'),
    );
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /** Deliver now rather than at the next interval (this instance, if it is the one pushing). */
  poke(): void {
    this.loop.poke();
  }
}
