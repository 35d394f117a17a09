import { Inject, Injectable } from '@nestjs/common';
import { type ChangeStationSettingsRequest, StationSettingsChangedV1, type StationView } from '@chargemesh/contracts/station';
import type { EventStore } from '@chargemesh/platform-messaging';
import { EVENT_STORE, ProjectionHost } from '@chargemesh/platform-runtime';
import { stationRef } from '../../events/station-event-sink';
import { stationsProjection } from '../../projections/stations.projection';
import { GetStationQueryHandler } from '../../queries/get-station/get-station.query-handler';

/**
 * Changes how a station must connect (security profile) or how its BootNotification is answered
 * (registration policy: e.g. Pending while onboarding, then Accepted). It applies from the station's
 * next connect or boot; to make a connected station boot again, send it TriggerMessage(BootNotification).
 */
@Injectable()
export class ChangeStationSettingsCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly stations: GetStationQueryHandler,
    private readonly projections: ProjectionHost,
  ) {}

  async execute(request: ChangeStationSettingsRequest): Promise<StationView> {
    const current = await this.stations.execute({ stationId: request.stationId });
    const { seq } = await this.store.append(stationRef(request.stationId), StationSettingsChangedV1, {
      securityProfile: request.securityProfile ?? current.securityProfile,
      registrationPolicy: request.registrationPolicy ?? current.registrationPolicy,
    });
    await this.projections.runner(stationsProjection.name).waitFor(seq, 5_000);
    return this.stations.execute({ stationId: request.stationId });
  }
}
