import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ocpiSuccess } from '@chargemesh/protocol-ocpi';
import { CorrelationId, OcpiCaller, type OcpiAuthentication, requirePartner } from '../../ocpi/auth/ocpi-request';
import { OcpiEndpoint } from '../../ocpi/ocpi-edge';
import { CredentialsClient } from '../../ocpi/upstream/credentials.client';

/**
 * POST credentials: a partner registers with the token A we issued it. We read its versions and
 * details with its token B before answering with our token C. 405 when already registered, 2001
 * for a bad body, 3001 when its API cannot be used, 3003 without a version in common.
 */
@Controller('ocpi/2.2.1/credentials')
@OcpiEndpoint('credentials')
export class RegisterCredentialsHttpController {
  constructor(private readonly credentials: CredentialsClient) {}

  @Post()
  @HttpCode(200)
  async register(@OcpiCaller() caller: OcpiAuthentication, @Body() body: unknown, @CorrelationId() correlationId?: string) {
    // The credentials service checks the state first (405 before any look at the body), then the body (2001).
    return ocpiSuccess(await this.credentials.acceptRegistration(requirePartner(caller).platformId, body, correlationId));
  }
}
