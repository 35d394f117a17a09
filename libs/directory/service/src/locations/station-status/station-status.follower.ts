import { type BeforeApplicationShutdown, Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { JetStreamClient, JetStreamManager } from '@nats-io/jetstream';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { STREAMS } from '@chargemesh/contracts/envelope';
import { OWN_LOCATION_AGGREGATE } from '@chargemesh/contracts/location';
import { decideStationStatus } from '@chargemesh/directory-domain';
import { ProjectionRunner } from '@chargemesh/platform-messaging';
import { DATA_SOURCE, JETSTREAM, JETSTREAM_MANAGER, LOGGER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { DirectoryConfig } from '../../directory.config';
import { LocationReadModel } from '../location-read-model';
import { OWN_LOCATIONS_PROJECTION } from '../projections/own-locations.projection';
import { LocationPusher } from '../push/location-pusher';
import { ProjectedAggregates } from '../shared/projected-aggregate';
import { type StationEvseStatus, stationStatusProjection } from './station-status.projection';

/**
 * Keeps the status of hosted CPOs' linked EVSEs in step with their stations: a projection of the
 * STATION stream (run here rather than by the ProjectionHost because applying it appends to the
 * LOCATION stream) turns connector reports into EvseStatusChanged events, which the pusher sends
 * on to the eMSPs as EVSE PATCHes.
 */
@Injectable()
export class StationStatusFollower implements OnApplicationBootstrap, BeforeApplicationShutdown {
  readonly runner: ProjectionRunner;

  constructor(
    private readonly aggregates: ProjectedAggregates,
    private readonly locations: LocationReadModel,
    private readonly pusher: LocationPusher,
    @Inject(JETSTREAM) js: JetStreamClient,
    @Inject(JETSTREAM_MANAGER) jsm: JetStreamManager,
    @Inject(DATA_SOURCE) dataSource: DataSource,
    @Inject(LOGGER) logger: Logger,
    @Inject(SERVICE_CONFIG) config: DirectoryConfig,
  ) {
    this.runner = new ProjectionRunner(stationStatusProjection((status) => this.follow(status)), {
      js,
      jsm,
      dataSource,
      logger,
      namespace: config.CHARGEMESH_NAMESPACE,
      service: 'directory',
    });
  }

  onApplicationBootstrap(): void {
    this.runner.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.runner.stop();
  }

  private async follow(status: StationEvseStatus): Promise<void> {
    const linked = await this.locations.linkedEvse(status.stationId, status.evseId);
    if (!linked) return;
    const { appended } = await this.aggregates.execute({
      ref: { stream: STREAMS.LOCATION, aggregate: OWN_LOCATION_AGGREGATE, id: linked.key },
      projection: OWN_LOCATIONS_PROJECTION,
      read: () => this.locations.ownState(linked.key),
      decide: (state) => decideStationStatus(state, linked.evseUid, status.status, new Date(), { stationId: status.stationId, evseId: status.evseId, seq: status.seq }),
      // A redelivered station event within the duplicate window is stored once.
      deduplicationKey: `station-status:${status.seq}:${linked.key}:${linked.evseUid}`,
    });
    if (appended.length) this.pusher.poke();
  }
}
