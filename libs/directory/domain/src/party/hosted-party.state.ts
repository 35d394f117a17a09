import { type EventEnvelope, matchEvent } from '@chargemesh/contracts/envelope';
import { type BusinessDetails, HostedPartyDetailsUpdatedV1, HostedPartyRegisteredV1, type PartyRole } from '@chargemesh/contracts/party';

/** A hosted party as its own events describe it; what decisions are taken on. */
export type HostedPartyState =
  | { registered: false }
  | {
      registered: true;
      countryCode: string;
      partyId: string;
      roles: { role: PartyRole; businessDetails: BusinessDetails }[];
      registeredAt: string;
      updatedAt: string;
    };

export const initialHostedPartyState: HostedPartyState = { registered: false };

export function evolveHostedParty(state: HostedPartyState, event: EventEnvelope): HostedPartyState {
  const registered = matchEvent(event, HostedPartyRegisteredV1);
  if (registered) {
    return {
      registered: true,
      countryCode: registered.data.countryCode.toUpperCase(),
      partyId: registered.data.partyId.toUpperCase(),
      roles: registered.data.roles,
      registeredAt: event.occurredAt,
      updatedAt: event.occurredAt,
    };
  }
  const updated = matchEvent(event, HostedPartyDetailsUpdatedV1);
  if (updated && state.registered) {
    return {
      ...state,
      roles: state.roles.map((entry) => (entry.role === updated.data.role ? { ...entry, businessDetails: updated.data.businessDetails } : entry)),
      updatedAt: event.occurredAt,
    };
  }
  return state;
}
