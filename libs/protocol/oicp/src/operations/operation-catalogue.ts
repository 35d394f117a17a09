import * as evseOperations from './evse-operations';
import type { OicpOperation, OicpRole, PathParameter } from './operation-definition';
import * as sessionOperations from './session-operations';

/** Every OICP 2.3 operation (plus the obsolete PullAuthenticationData), keyed by its short name. */
export const OICP_OPERATIONS = { ...evseOperations, ...sessionOperations };
export type OicpOperationName = keyof typeof OICP_OPERATIONS;

export const OICP_OPERATION_LIST: readonly OicpOperation[] = Object.values(OICP_OPERATIONS);

/** The operations a role implements (serves) as a peer. */
export const operationsServedBy = (role: OicpRole) =>
  OICP_OPERATION_LIST.filter((operation) => operation.servedBy === role);

/** The operations a role sends to its peers. */
export const operationsCalledBy = (role: OicpRole) =>
  OICP_OPERATION_LIST.filter((operation) => operation.calledBy === role);

export interface OperationMatch {
  operation: OicpOperation;
  /** The decoded path parameters, e.g. `{ operatorID: 'DE*ABC' }`. */
  pathParams: Partial<Record<PathParameter, string>>;
}

const API_ROOT = '/api/oicp/';

function patternOf(path: string): RegExp {
  const escaped = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\\?\{(operatorID|providerID)\\?\}/g, '(?<$1>[^/]+)')}/?$`);
}

const routes = OICP_OPERATION_LIST.flatMap((operation) =>
  [operation.path, ...operation.alternativePaths].map((path) => ({ operation, pattern: patternOf(path) })),
);

/**
 * Finds the operation a request path addresses. Anything before `/api/oicp/` (a configured base path) and
 * the query string are ignored; path parameters are percent-decoded. Undefined when no operation matches.
 */
export function matchOperationPath(urlPath: string): OperationMatch | undefined {
  const start = urlPath.indexOf(API_ROOT);
  if (start < 0) return undefined;
  const pathname = urlPath.slice(start).split('?')[0];
  for (const { operation, pattern } of routes) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    const pathParams: OperationMatch['pathParams'] = {};
    for (const [name, value] of Object.entries(match.groups ?? {})) {
      try {
        pathParams[name as PathParameter] = decodeURIComponent(value);
      } catch {
        return undefined;
      }
    }
    return { operation, pathParams };
  }
  return undefined;
}

/**
 * The path to call `operation` with the caller's own id (OperatorID or ProviderID) filled in, e.g.
 * `/api/oicp/evsepush/v23/operators/DE*ABC/data-records`. Send the id as the peer knows it.
 */
export function operationPath(operation: OicpOperation, callerId?: string): string {
  if (operation.pathParameter === undefined) return operation.path;
  if (callerId === undefined)
    throw new Error(`${operation.name} needs the caller's ${operation.pathParameter} in its path`);
  return operation.path.replace(`{${operation.pathParameter}}`, encodeURIComponent(callerId));
}

/**
 * The 2.3 EMP OpenAPI sends all three status pulls to `status-records` as a oneOf body (D-STATUS-PATHS).
 * Given a body that arrived there, names the operation it really is, so a ById body is not mistaken for
 * a pull of every status.
 */
export function statusRecordsOperationFor(
  body: unknown,
): 'PullEvseStatus' | 'PullEvseStatusById' | 'PullEvseStatusByOperatorId' {
  if (body !== null && typeof body === 'object') {
    if (Array.isArray((body as Record<string, unknown>)['EvseID'])) return 'PullEvseStatusById';
    if (Array.isArray((body as Record<string, unknown>)['OperatorID'])) return 'PullEvseStatusByOperatorId';
  }
  return 'PullEvseStatus';
}
