import { Inject, Injectable } from '@nestjs/common';
import type { PartyView, RegisterHostedPartyRequest } from '@chargemesh/contracts/party';
import { decideRegisterHostedParty } from '@chargemesh/directory-domain';
import { type EventStore, executeAggregateCommand } from '@chargemesh/platform-messaging';
import { EVENT_STORE, ProjectionHost } from '@chargemesh/platform-runtime';
import { hostedPartyBehaviour, hostedPartyRef, partyViewOf } from '../../hosted-party.aggregate';
import { partiesProjection } from '../../projections/parties.projection';

/** Registers a party hosted on this platform; answers once the party can be read back. */
@Injectable()
export class RegisterHostedPartyCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionHost,
  ) {}

  async execute(request: RegisterHostedPartyRequest, context: { correlationId?: string } = {}): Promise<PartyView> {
    const { appended, state } = await executeAggregateCommand(
      this.store,
      hostedPartyRef(request.countryCode, request.partyId),
      hostedPartyBehaviour,
      (current) => decideRegisterHostedParty(current, request),
      context,
    );
    // Read-your-writes: a GET right after this answer must find the party.
    await this.projections.runner(partiesProjection.name).waitFor(appended[appended.length - 1].seq, 2_000);
    return partyViewOf(state);
  }
}
