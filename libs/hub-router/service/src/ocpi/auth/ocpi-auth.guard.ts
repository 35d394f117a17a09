import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { parseAuthorizationHeader } from '@chargemesh/protocol-ocpi';
import { SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { HubRouterConfig } from '../../hub-router.config';
import { OcpiStatusError, UNAUTHORIZED_MESSAGE } from '../envelope/ocpi-errors';
import { mayUseModule, type OcpiModuleName } from './module-access';
import { OCPI_MODULE, type OcpiRequest } from './ocpi-request';
import { PartnerActivity } from './partner-activity';
import { TokenAuthenticator } from './token-authenticator';

const unauthorized = () => new OcpiStatusError(2000, UNAUTHORIZED_MESSAGE, 401);

/**
 * Authenticates every OCPI request: `Authorization: Token <base64>` (and the plain token too
 * when OCPI_ACCEPT_PLAIN_TOKENS is on), resolved to a partner platform with its roles, or to
 * our admin. A missing, malformed or unknown token, and a token the module is not open to
 * (token A outside versions and credentials), all get the same HTTP 401. Put `@OcpiModule(...)`
 * on the controller; the caller is then available as `@OcpiCaller()`.
 */
@Injectable()
export class OcpiAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: TokenAuthenticator,
    private readonly activity: PartnerActivity,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<OcpiRequest>();
    const module = this.reflector.getAllAndOverride<OcpiModuleName | undefined>(OCPI_MODULE, [context.getHandler(), context.getClass()]);
    if (!module) throw new Error(`no @OcpiModule on ${context.getClass().name}`);
    const parsed = parseAuthorizationHeader(request.headers.authorization, { acceptUnencodedToken: this.config.OCPI_ACCEPT_PLAIN_TOKENS });
    if (!parsed.ok) throw unauthorized();
    for (const candidate of parsed.candidates) {
      const principal = await this.authenticator.authenticate(candidate.token);
      if (!principal) continue;
      if (!mayUseModule(principal, module)) throw unauthorized();
      request.ocpi = { principal, token: candidate.token, encoding: candidate.encoding };
      if (principal.kind === 'partner') this.activity.record(principal.platformId);
      return true;
    }
    throw unauthorized();
  }
}
