import { Injectable } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import { type GetLocationRequest, LOCATION_ERRORS, type OwnLocationView, ownLocationAggregateId } from '@chargemesh/contracts/location';
import { LocationReadModel } from '../../location-read-model';

/** Admin and other services: a hosted CPO's location with its station links. */
@Injectable()
export class GetLocationQueryHandler {
  constructor(private readonly locations: LocationReadModel) {}

  async execute(request: GetLocationRequest): Promise<OwnLocationView> {
    const { state } = await this.locations.ownState(ownLocationAggregateId(request, request.locationId));
    if (!state) throw new CodedError(LOCATION_ERRORS.notFound, `${request.countryCode.toUpperCase()}*${request.partyId.toUpperCase()} has no location ${request.locationId}`);
    return { location: state.location as unknown as Record<string, unknown>, stationLinks: state.links };
  }
}
