import { operatorIdOfEvseId, providerIdOfEvcoId, sameOperatorId, sameProviderId } from '../common/id-matching';
import type { CallerIdKind, OicpOperation, PathParameter } from './operation-definition';

/*
 * Peer identity. Hubject "compares the given Provider- or OperatorID to the partner's SSL client
 * certificate ... [on a mismatch it] will respond with the status code 017 Unauthorized Access"
 * (01_*_Communication_Paradigms, Security), refuses pushes whose EvseIDs do not belong to the OperatorID
 * (018) or whose EvcoIDs do not belong to the ProviderID (019). A peer stands where Hubject stands, so it
 * checks the same against the ids registered for the authenticated peer (mTLS or per-peer token). A hub
 * partner registers its sub-partners' ids too ("Sub partner IDs will only be provided implicitly through
 * EVCO- or EVSEIDs").
 */

/** The ids registered for the authenticated peer. */
export interface AuthenticatedPeer {
  readonly operatorIds: readonly string[];
  readonly providerIds: readonly string[];
}

export interface IdentityMismatch {
  readonly code: '017' | '018' | '019';
  /** Where the offending id was: `path:operatorID` or the body field, e.g. `OperatorEvseData.OperatorID`. */
  readonly location: string;
  readonly value: string;
  readonly reason: string;
}

export type IdentityCheck = { readonly ok: true } | ({ readonly ok: false } & IdentityMismatch);

/** Every string at a dotted body path; `[]` steps into each element of an array. */
export function valuesAtField(body: unknown, field: string): string[] {
  let current: unknown[] = [body];
  for (const segment of field.split('.')) {
    const isArray = segment.endsWith('[]');
    const key = isArray ? segment.slice(0, -2) : segment;
    const next: unknown[] = [];
    for (const node of current) {
      if (node === null || typeof node !== 'object') continue;
      const value = (node as Record<string, unknown>)[key];
      if (isArray) {
        if (Array.isArray(value)) next.push(...value);
      } else if (value !== undefined && value !== null) {
        next.push(value);
      }
    }
    current = next;
  }
  return current.filter((value): value is string => typeof value === 'string');
}

function belongsToPeer(kind: CallerIdKind, id: string, peer: AuthenticatedPeer): boolean {
  return kind === 'OperatorID'
    ? peer.operatorIds.some((own) => sameOperatorId(own, id))
    : peer.providerIds.some((own) => sameProviderId(own, id));
}

/** The caller's ids named by a request, from its path and body (for logs and routing). */
export function callerIdsOf(
  operation: OicpOperation,
  pathParams: Partial<Record<PathParameter, string>>,
  body: unknown,
): { kind: CallerIdKind; location: string; value: string }[] {
  return operation.callerIdentity.flatMap((field) => {
    if (field.in === 'path') {
      const value = pathParams[field.parameter];
      return value === undefined ? [] : [{ kind: field.kind, location: `path:${field.parameter}`, value }];
    }
    return valuesAtField(body, field.field).map((value) => ({ kind: field.kind, location: field.field, value }));
  });
}

/**
 * Checks that every id by which the request names its sender belongs to the authenticated peer (else
 * 017), and that the EvseIDs / EvcoIDs it pushes or reports belong to that peer's operators / providers
 * (else 018 / 019). Run it after the body passed its schema.
 */
export function verifyCallerIdentity(
  operation: OicpOperation,
  peer: AuthenticatedPeer,
  pathParams: Partial<Record<PathParameter, string>>,
  body: unknown,
): IdentityCheck {
  for (const field of operation.callerIdentity) {
    if (field.in === 'path' && pathParams[field.parameter] === undefined) {
      return {
        ok: false,
        code: '017',
        location: `path:${field.parameter}`,
        value: '',
        reason: 'the path names no caller',
      };
    }
  }
  for (const { kind, location, value } of callerIdsOf(operation, pathParams, body)) {
    if (!belongsToPeer(kind, value, peer)) {
      return {
        ok: false,
        code: '017',
        location,
        value,
        reason: `${kind} ${value} does not belong to the authenticated peer`,
      };
    }
  }
  for (const owned of operation.ownedIds) {
    for (const value of valuesAtField(body, owned.field)) {
      const owner = owned.kind === 'EvseID' ? operatorIdOfEvseId(value) : providerIdOfEvcoId(value);
      const ownerKind: CallerIdKind = owned.kind === 'EvseID' ? 'OperatorID' : 'ProviderID';
      if (owner === undefined || !belongsToPeer(ownerKind, owner, peer)) {
        return {
          ok: false,
          code: owned.mismatchCode,
          location: owned.field,
          value,
          reason: `${owned.kind} ${value} does not belong to any ${ownerKind} of the authenticated peer`,
        };
      }
    }
  }
  return { ok: true };
}
