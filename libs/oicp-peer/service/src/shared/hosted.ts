import type { z } from 'zod';
import { CodedError } from '@chargemesh/contracts/envelope';
import { type IdentityView, OICP_ERRORS } from '@chargemesh/contracts/oicp';
import { evseIdBelongsToOperator, parseOicpBody, sameOperatorId, sameProviderId } from '@chargemesh/protocol-oicp';
import type { RegistrySnapshot } from './registry.read-model';

/** The hosted CPO identity behind `operatorId`; our commands only ever speak for our own parties. */
export function hostedOperator(snapshot: RegistrySnapshot, operatorId: string): IdentityView & { operatorId: string; operatorName: string } {
  const identity = snapshot.identities.find((candidate) => candidate.operatorId !== undefined && sameOperatorId(candidate.operatorId, operatorId));
  if (!identity?.operatorId) throw new CodedError(OICP_ERRORS.notHosted, `no hosted party has the OperatorID ${operatorId}`);
  return identity as IdentityView & { operatorId: string; operatorName: string };
}

export function hostedProvider(snapshot: RegistrySnapshot, providerId: string): IdentityView & { providerId: string } {
  const identity = snapshot.identities.find((candidate) => candidate.providerId !== undefined && sameProviderId(candidate.providerId, providerId));
  if (!identity?.providerId) throw new CodedError(OICP_ERRORS.notHosted, `no hosted party has the ProviderID ${providerId}`);
  return identity as IdentityView & { providerId: string };
}

/** Checks what a caller of this platform hands us against OICP 2.3, naming every bad field. */
export function checkOicp<TSchema extends z.ZodType>(schema: TSchema, body: unknown, what: string): z.output<TSchema> {
  const parsed = parseOicpBody(schema, body);
  if (!parsed.success) throw new CodedError('REQUEST.INVALID', `${what} is not valid OICP 2.3: ${parsed.failure.statusCode.AdditionalInfo}`);
  return parsed.data;
}

/** OICP status 018 as a command error: an EvseID that does not belong to the operator it is published for. */
export function checkEvseIdsOf(operatorId: string, evseIds: readonly string[]): void {
  const foreign = evseIds.find((evseId) => !evseIdBelongsToOperator(evseId, operatorId));
  if (foreign) throw new CodedError(OICP_ERRORS.invalid, `EvseID ${foreign} does not belong to operator ${operatorId}`);
}
