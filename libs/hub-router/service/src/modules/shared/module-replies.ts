import type { OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { OcpiStatus, type RouteMatch } from '@chargemesh/protocol-ocpi';

/** OcpiExchangeReply builders of the commands and chargingprofiles modules. */
export const moduleOk = (data?: unknown, httpStatus = 200): OcpiExchangeReply => ({ httpStatus, statusCode: OcpiStatus.SUCCESS, ...(data !== undefined ? { data } : {}), headers: {} });

export const moduleFailure = (httpStatus: number, statusCode: number, statusMessage: string, headers: Record<string, string> = {}): OcpiExchangeReply => ({ httpStatus, statusCode, statusMessage, headers });

export const invalidParameters = (message: string) => moduleFailure(200, OcpiStatus.INVALID_OR_MISSING_PARAMETERS, message);

export function routeMismatch(match: Exclude<RouteMatch, { kind: 'matched' }>): OcpiExchangeReply {
  if (match.kind === 'method-not-allowed') return moduleFailure(405, OcpiStatus.CLIENT_ERROR, 'this method is not part of the interface', { Allow: match.allowedMethods.join(', ') });
  return moduleFailure(404, OcpiStatus.CLIENT_ERROR, 'no operation of this module at this path');
}

/** The path below the module endpoint as matchOcpiRoute reads it, from the edge's decoded segments. */
export const routePath = (segments: readonly string[]) => `/${segments.map((segment) => encodeURIComponent(segment)).join('/')}`;
