import { CodedError, pending, type PendingEvent } from '@chargemesh/contracts/envelope';
import {
  HostedPartyDetailsUpdatedV1,
  HostedPartyRegisteredV1,
  PARTY_ERRORS,
  type RegisterHostedPartyRequest,
  type UpdateHostedPartyDetailsRequest,
} from '@chargemesh/contracts/party';
import type { HostedPartyState } from './hosted-party.state';

export function decideRegisterHostedParty(state: HostedPartyState, request: RegisterHostedPartyRequest): PendingEvent[] {
  if (state.registered) {
    throw new CodedError(PARTY_ERRORS.alreadyRegistered, `party ${state.countryCode}*${state.partyId} is already hosted here`);
  }
  const roles = new Set(request.roles.map((entry) => entry.role));
  if (roles.size !== request.roles.length) throw new CodedError('PARTY.INVALID_ROLES', 'each role may be listed once');
  return [
    pending(HostedPartyRegisteredV1, {
      countryCode: request.countryCode.toUpperCase(),
      partyId: request.partyId.toUpperCase(),
      roles: request.roles,
    }),
  ];
}

export function decideUpdateHostedPartyDetails(state: HostedPartyState, request: UpdateHostedPartyDetailsRequest): PendingEvent[] {
  if (!state.registered) throw new CodedError(PARTY_ERRORS.notFound, `party ${request.countryCode}*${request.partyId} is not hosted here`);
  const current = state.roles.find((entry) => entry.role === request.role);
  if (!current) throw new CodedError(PARTY_ERRORS.roleNotHeld, `party ${state.countryCode}*${state.partyId} does not hold the ${request.role} role`);
  if (JSON.stringify(current.businessDetails) === JSON.stringify(request.businessDetails)) return []; // nothing changed: no event
  return [
    pending(HostedPartyDetailsUpdatedV1, {
      countryCode: state.countryCode,
      partyId: state.partyId,
      role: request.role,
      businessDetails: request.businessDetails,
    }),
  ];
}
