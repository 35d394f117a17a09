import type { z } from 'zod';
import type { PageLimits } from '../common/pagination';

/*
 * One OICP operation as data. Roles are peer-to-peer: `servedBy` implements the endpoint and `calledBy`
 * sends the request. In hub mode Hubject stands in for the serving side of the push/pull operations and
 * forwards the others to a partner at the same path ("this part of the URL ... will be added to your URL
 * endpoint", research/oicp.md §2), which is why one path table serves both modes.
 */

export type OicpRole = 'CPO' | 'EMP';

/** The two ids that say who is calling: a CPO's OperatorID or an EMP's ProviderID. */
export type CallerIdKind = 'OperatorID' | 'ProviderID';

export type PathParameter = 'operatorID' | 'providerID';

/**
 * A place where the request names its sender. "Hubject compares the given Provider- or OperatorID to the
 * partner's SSL client certificate information with every web service request" (Security): each of
 * these must belong to the authenticated peer, else status 017.
 * `field` is a dotted path into the body; `[]` steps into every element of an array.
 */
export type CallerIdentityField =
  | { readonly kind: CallerIdKind; readonly in: 'path'; readonly parameter: PathParameter }
  | { readonly kind: CallerIdKind; readonly in: 'body'; readonly field: string };

/**
 * Ids in the body that must belong to the caller: EvseIDs to its OperatorIDs (status 018 "Inconsistent
 * EvseID") and EvcoIDs to its ProviderIDs (status 019 "Inconsistent EvcoID").
 */
export type OwnedIdField =
  | { readonly kind: 'EvseID'; readonly field: string; readonly mismatchCode: '018' }
  | { readonly kind: 'EvcoID'; readonly field: string; readonly mismatchCode: '019' };

export interface OicpOperation<TRequest extends z.ZodType = z.ZodType, TResponse extends z.ZodType = z.ZodType> {
  /** Short name used in code and logs, e.g. `PushEvseData`. */
  readonly name: string;
  /** Hubject's operationId / service name, e.g. `eRoamingPushEvseData_V2.3`. */
  readonly operationId: string;
  readonly method: 'POST';
  /** The path as Hubject exposes it, with `{operatorID}` or `{providerID}` where the caller's id goes. */
  readonly path: string;
  /** Other paths peers are known to use for the same operation (served too, never sent). */
  readonly alternativePaths: readonly string[];
  readonly pathParameter: PathParameter | undefined;
  readonly calledBy: OicpRole;
  readonly servedBy: OicpRole;
  /** Hubject's implementation obligation for the calling side; `obsolete` is not part of OICP 2.3. */
  readonly obligation: 'mandatory' | 'optional' | 'obsolete';
  readonly request: TRequest;
  readonly response: TResponse;
  readonly callerIdentity: readonly CallerIdentityField[];
  readonly ownedIds: readonly OwnedIdField[];
  /** Paged operations read `?page=&size=`. */
  readonly pagination: PageLimits | undefined;
  /** "Data push requests that address the same operation MUST always be processed sequentially." */
  readonly sequentialPush: boolean;
}

type OperationInput<TRequest extends z.ZodType, TResponse extends z.ZodType> = Omit<
  OicpOperation<TRequest, TResponse>,
  'method' | 'alternativePaths' | 'pathParameter' | 'ownedIds' | 'pagination' | 'sequentialPush'
> &
  Partial<Pick<OicpOperation<TRequest, TResponse>, 'alternativePaths' | 'ownedIds' | 'pagination' | 'sequentialPush'>>;

/** Fills the defaults and derives the path parameter from the path. */
export function defineOperation<TRequest extends z.ZodType, TResponse extends z.ZodType>(
  input: OperationInput<TRequest, TResponse>,
): OicpOperation<TRequest, TResponse> {
  const parameter = /\{(operatorID|providerID)\}/.exec(input.path)?.[1] as PathParameter | undefined;
  return {
    method: 'POST',
    alternativePaths: [],
    ownedIds: [],
    pagination: undefined,
    sequentialPush: false,
    ...input,
    pathParameter: parameter,
  };
}
