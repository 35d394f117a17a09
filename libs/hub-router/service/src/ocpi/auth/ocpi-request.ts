import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Request } from 'express';
import type { PartnerPrincipal, Principal } from '@chargemesh/contracts/credential';
import type { TokenEncoding } from '@chargemesh/protocol-ocpi';
import { OcpiStatusError, UNAUTHORIZED_MESSAGE } from '../envelope/ocpi-errors';
import type { OcpiModuleName } from './module-access';

/** What the OCPI auth guard attaches to an authenticated request. */
export interface OcpiAuthentication {
  principal: Principal;
  /** The credentials token as presented (for echoing it in GET credentials); never logged. */
  token: string;
  encoding: TokenEncoding;
}

export type OcpiRequest = Request & { ocpi?: OcpiAuthentication };

export const OCPI_MODULE = Symbol('OCPI_MODULE');

/** Names the OCPI module a controller (or handler) serves; the auth guard decides access by it. */
export const OcpiModule = (module: OcpiModuleName) => SetMetadata(OCPI_MODULE, module);

/** The request's X-Correlation-ID (the response echoes it; events it causes carry it); undefined when absent. */
export const CorrelationId = createParamDecorator((_data: unknown, context: ExecutionContext): string | undefined => {
  const value = context.switchToHttp().getRequest<Request>().headers['x-correlation-id'];
  const single = (Array.isArray(value) ? value[0] : value)?.trim();
  return single ? single.slice(0, 255) : undefined;
});

/** The authenticated caller of an OCPI handler guarded by OcpiAuthGuard. */
export const OcpiCaller = createParamDecorator((_data: unknown, context: ExecutionContext): OcpiAuthentication => {
  const authentication = context.switchToHttp().getRequest<OcpiRequest>().ocpi;
  if (!authentication) throw new Error('OcpiCaller used on a handler without OcpiAuthGuard');
  return authentication;
});

/** The caller must be a partner platform (not our admin token): otherwise this OCPI method is not allowed for it. */
export function requirePartner(authentication: OcpiAuthentication): PartnerPrincipal {
  if (authentication.principal.kind !== 'partner') throw new OcpiStatusError(2000, UNAUTHORIZED_MESSAGE, 401);
  return authentication.principal;
}
