import { Inject, Injectable } from '@nestjs/common';
import type { PartyView, UpdateHostedPartyDetailsRequest } from '@chargemesh/contracts/party';
import { decideUpdateHostedPartyDetails } from '@chargemesh/directory-domain';
import { type EventStore, executeAggregateCommand } from '@chargemesh/platform-messaging';
import { EVENT_STORE, ProjectionHost } from '@chargemesh/platform-runtime';
import { hostedPartyBehaviour, hostedPartyRef, partyViewOf } from '../../hosted-party.aggregate';
import { partiesProjection } from '../../projections/parties.projection';

@Injectable()
export class UpdateHostedPartyDetailsCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionHost,
  ) {}

  async execute(request: UpdateHostedPartyDetailsRequest, context: { correlationId?: string } = {}): Promise<PartyView> {
    const { appended, state } = await executeAggregateCommand(
      this.store,
      hostedPartyRef(request.countryCode, request.partyId),
      hostedPartyBehaviour,
      (current) => decideUpdateHostedPartyDetails(current, request),
      context,
    );
    if (appended.length) await this.projections.runner(partiesProjection.name).waitFor(appended[appended.length - 1].seq, 2_000);
    return partyViewOf(state);
  }
}
