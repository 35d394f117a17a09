import { Injectable } from '@nestjs/common';
import { receivedLocationAggregateId } from '@chargemesh/contracts/location';
import { type LocationTarget, objectAt } from '@chargemesh/directory-domain';
import type { PartyRef } from '@chargemesh/protocol-ocpi';
import { LocationReadModel } from '../../location-read-model';

/** GET on the Locations Receiver: a Location, EVSE or Connector as the eMSP hosted here holds it. */
@Injectable()
export class GetReceivedLocationQueryHandler {
  constructor(private readonly locations: LocationReadModel) {}

  async execute(receiver: PartyRef, owner: PartyRef, locationId: string, target: LocationTarget): Promise<unknown> {
    const { state } = await this.locations.receivedState(receivedLocationAggregateId(receiver, owner, locationId));
    return state && objectAt(state, target);
  }
}
