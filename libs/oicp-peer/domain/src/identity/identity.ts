import { CodedError, type EventEnvelope, matchEvent, pending, type PendingEvent } from '@chargemesh/contracts/envelope';
import { type ConfigureIdentityRequest, OICP_ERRORS, OicpIdentityConfiguredV1 } from '@chargemesh/contracts/oicp';
import { normaliseOperatorId, normaliseProviderId, sameOperatorId, sameProviderId } from '@chargemesh/protocol-oicp';

/* The OICP ids of one hosted party: OperatorID (acts as a CPO), ProviderID (acts as an EMP), or both. */

export interface IdentityState {
  configured: boolean;
  operatorId?: string;
  operatorName?: string;
  providerId?: string;
}

export const initialIdentityState: IdentityState = { configured: false };

export function evolveIdentity(state: IdentityState, envelope: EventEnvelope): IdentityState {
  const configured = matchEvent(envelope, OicpIdentityConfiguredV1);
  if (!configured) return state;
  const { operatorId, operatorName, providerId } = configured.data;
  return { configured: true, operatorId, operatorName, providerId };
}

export interface OtherIdentity {
  countryCode: string;
  partyId: string;
  operatorId?: string;
  providerId?: string;
}

/**
 * Sets a party's OICP ids. Ids are stored canonical (`DE*ABC`, `DE-ABC`); an id held by another hosted
 * party is refused. A CPO needs an OperatorName for its EVSE data ("M" in OperatorEvseData).
 */
export function decideConfigureIdentity(state: IdentityState, request: ConfigureIdentityRequest, others: readonly OtherIdentity[]): PendingEvent[] {
  const operatorId = request.operatorId === undefined ? undefined : normaliseOperatorId(request.operatorId);
  if (request.operatorId !== undefined && operatorId === undefined) throw new CodedError(OICP_ERRORS.invalid, `${request.operatorId} is not an OICP OperatorID`);
  const providerId = request.providerId === undefined ? undefined : normaliseProviderId(request.providerId);
  if (request.providerId !== undefined && providerId === undefined) throw new CodedError(OICP_ERRORS.invalid, `${request.providerId} is not an OICP ProviderID`);
  const party = `${request.countryCode.toUpperCase()}*${request.partyId.toUpperCase()}`;
  for (const other of others) {
    if (`${other.countryCode}*${other.partyId}` === party) continue;
    if (operatorId && other.operatorId && sameOperatorId(other.operatorId, operatorId)) throw new CodedError(OICP_ERRORS.idTaken, `OperatorID ${operatorId} belongs to ${other.countryCode}*${other.partyId}`);
    if (providerId && other.providerId && sameProviderId(other.providerId, providerId)) throw new CodedError(OICP_ERRORS.idTaken, `ProviderID ${providerId} belongs to ${other.countryCode}*${other.partyId}`);
  }
  const operatorName = operatorId ? (request.operatorName ?? state.operatorName) : undefined;
  if (operatorId && !operatorName) throw new CodedError(OICP_ERRORS.invalid, 'a CPO identity needs an operatorName');
  if (state.configured && state.operatorId === operatorId && state.providerId === providerId && state.operatorName === operatorName) return [];
  return [
    pending(OicpIdentityConfiguredV1, {
      countryCode: request.countryCode.toUpperCase(),
      partyId: request.partyId.toUpperCase(),
      ...(operatorId ? { operatorId, operatorName } : {}),
      ...(providerId ? { providerId } : {}),
    }),
  ];
}
