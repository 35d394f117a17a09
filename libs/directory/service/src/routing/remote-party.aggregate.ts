import { STREAMS } from '@chargemesh/contracts/envelope';
import { partyAggregateId, REMOTE_PARTY_AGGREGATE } from '@chargemesh/contracts/party';
import { evolveRemoteParty, initialRemotePartyState, type RemotePartyState } from '@chargemesh/directory-domain';
import type { AggregateBehaviour, AggregateRef } from '@chargemesh/platform-messaging';

export const remotePartyRef = (countryCode: string, partyId: string): AggregateRef => ({
  stream: STREAMS.PARTY,
  aggregate: REMOTE_PARTY_AGGREGATE,
  id: partyAggregateId(countryCode, partyId),
});

export const remotePartyBehaviour: AggregateBehaviour<RemotePartyState> = { initial: initialRemotePartyState, evolve: evolveRemoteParty };
