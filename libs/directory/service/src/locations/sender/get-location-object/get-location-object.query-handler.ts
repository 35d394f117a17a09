import { Injectable } from '@nestjs/common';
import { ownLocationAggregateId } from '@chargemesh/contracts/location';
import { type LocationTarget, objectAt } from '@chargemesh/directory-domain';
import type { PartyRef } from '@chargemesh/protocol-ocpi';
import { LocationReadModel } from '../../location-read-model';

/** GET object on the Locations Sender of a hosted CPO: one Location, EVSE or Connector, only of the CPO addressed (OCPI-to). */
@Injectable()
export class GetLocationObjectQueryHandler {
  constructor(private readonly locations: LocationReadModel) {}

  async execute(cpo: PartyRef, locationId: string, target: LocationTarget): Promise<unknown> {
    const { state } = await this.locations.ownState(ownLocationAggregateId(cpo, locationId));
    return state && objectAt(state.location, target);
  }
}
