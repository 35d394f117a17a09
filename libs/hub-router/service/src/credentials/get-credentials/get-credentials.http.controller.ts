import { Controller, Get } from '@nestjs/common';
import { ocpiSuccess } from '@chargemesh/protocol-ocpi';
import { OcpiCaller, type OcpiAuthentication, requirePartner } from '../../ocpi/auth/ocpi-request';
import { OcpiEndpoint } from '../../ocpi/ocpi-edge';
import { CredentialsClient } from '../../ocpi/upstream/credentials.client';

/**
 * GET credentials: our credentials object for the caller. We keep only digests of the tokens we
 * issue, and the token in this object is the one the caller uses with us: the one it just presented.
 */
@Controller('ocpi/2.2.1/credentials')
@OcpiEndpoint('credentials')
export class GetCredentialsHttpController {
  constructor(private readonly credentials: CredentialsClient) {}

  @Get()
  async get(@OcpiCaller() caller: OcpiAuthentication) {
    requirePartner(caller);
    const own = await this.credentials.ownCredentials();
    return ocpiSuccess({ token: caller.token, url: own.url, roles: own.roles });
  }
}
