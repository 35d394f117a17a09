import { Injectable } from '@nestjs/common';
import { STREAMS } from '@chargemesh/contracts/envelope';
import { RECEIVED_LOCATION_AGGREGATE, receivedLocationAggregateId } from '@chargemesh/contracts/location';
import { decideReceivedLocationPush, type ReceivedLocationDecision, type ReceivedLocationPush } from '@chargemesh/directory-domain';
import { LocationReadModel } from '../../location-read-model';
import { RECEIVED_LOCATIONS_PROJECTION } from '../../projections/received-locations.projection';
import { ProjectedAggregates } from '../../shared/projected-aggregate';

/** PUT/PATCH on the Locations Receiver of an eMSP hosted here: stored as LocationUpdateReceived when it changes anything. */
@Injectable()
export class PushReceivedLocationCommandHandler {
  constructor(
    private readonly aggregates: ProjectedAggregates,
    private readonly locations: LocationReadModel,
  ) {}

  /** Whether the pushed object was new to the receiver (HTTP 201) or replaced/updated one (200). */
  async execute(push: ReceivedLocationPush, context: { correlationId?: string } = {}): Promise<{ created: boolean }> {
    const key = receivedLocationAggregateId(push.receiver, push.owner, push.locationId);
    let decision: ReceivedLocationDecision = { kind: 'unchanged', created: false };
    await this.aggregates.execute({
      ref: { stream: STREAMS.LOCATION, aggregate: RECEIVED_LOCATION_AGGREGATE, id: key },
      projection: RECEIVED_LOCATIONS_PROJECTION,
      read: () => this.locations.receivedState(key),
      decide: (state) => {
        decision = decideReceivedLocationPush(state, push);
        return decision.kind === 'store' ? [decision.event] : [];
      },
      ...(context.correlationId ? { correlationId: context.correlationId } : {}),
    });
    return { created: decision.created };
  }
}
