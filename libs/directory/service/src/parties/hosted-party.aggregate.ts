import { STREAMS } from '@chargemesh/contracts/envelope';
import { PARTY_AGGREGATE, partyAggregateId } from '@chargemesh/contracts/party';
import { evolveHostedParty, type HostedPartyState, initialHostedPartyState } from '@chargemesh/directory-domain';
import type { AggregateBehaviour, AggregateRef } from '@chargemesh/platform-messaging';
import type { PartyView } from '@chargemesh/contracts/party';

export const hostedPartyRef = (countryCode: string, partyId: string): AggregateRef => ({
  stream: STREAMS.PARTY,
  aggregate: PARTY_AGGREGATE,
  id: partyAggregateId(countryCode, partyId),
});

export const hostedPartyBehaviour: AggregateBehaviour<HostedPartyState> = { initial: initialHostedPartyState, evolve: evolveHostedParty };

export function partyViewOf(state: HostedPartyState): PartyView {
  if (!state.registered) throw new Error('no view of an unregistered party');
  return { countryCode: state.countryCode, partyId: state.partyId, roles: state.roles, registeredAt: state.registeredAt, updatedAt: state.updatedAt };
}
