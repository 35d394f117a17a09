import { Injectable } from '@nestjs/common';
import { CodedError, STREAMS } from '@chargemesh/contracts/envelope';
import { LOCATION_ERRORS, OWN_LOCATION_AGGREGATE, type OwnLocationView, ownLocationAggregateId, type SaveLocationRequest } from '@chargemesh/contracts/location';
import { decideSaveLocation } from '@chargemesh/directory-domain';
import { LocationReadModel } from '../../location-read-model';
import { OWN_LOCATIONS_PROJECTION } from '../../projections/own-locations.projection';
import { LocationPusher } from '../../push/location-pusher';
import { ProjectedAggregates } from '../../shared/projected-aggregate';
import { StationStatuses } from '../station-statuses';

/** Admin: create or replace a hosted CPO's location; eMSPs get it pushed afterwards, without this request waiting for them. */
@Injectable()
export class SaveLocationCommandHandler {
  constructor(
    private readonly aggregates: ProjectedAggregates,
    private readonly locations: LocationReadModel,
    private readonly statuses: StationStatuses,
    private readonly pusher: LocationPusher,
  ) {}

  async execute(request: SaveLocationRequest, context: { correlationId?: string } = {}): Promise<OwnLocationView> {
    const cpo = await this.statuses.requireHostedCpo(request);
    const key = ownLocationAggregateId(cpo, request.locationId);
    const evses = Array.isArray(request.location['evses']) ? (request.location['evses'] as { station?: unknown }[]) : [];
    const stationStatus = await this.statuses.forLinks(key, evses.map((evse) => evse?.station));
    const { appended } = await this.aggregates.execute({
      ref: { stream: STREAMS.LOCATION, aggregate: OWN_LOCATION_AGGREGATE, id: key },
      projection: OWN_LOCATIONS_PROJECTION,
      read: () => this.locations.ownState(key),
      decide: (state) => decideSaveLocation(state, request.locationId, request.location, { cpo, now: new Date(), stationStatus }),
      ...(context.correlationId ? { correlationId: context.correlationId } : {}),
    });
    if (appended.length) this.pusher.poke();
    const { state } = await this.locations.ownState(key);
    if (!state) throw new CodedError(LOCATION_ERRORS.notFound, `location ${request.locationId} could not be read back`);
    return { location: state.location as unknown as Record<string, unknown>, stationLinks: state.links };
  }
}
