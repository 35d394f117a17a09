import { Body, Controller, Put } from '@nestjs/common';
import { ocpiSuccess } from '@chargemesh/protocol-ocpi';
import { CorrelationId, OcpiCaller, type OcpiAuthentication, requirePartner } from '../../ocpi/auth/ocpi-request';
import { OcpiEndpoint } from '../../ocpi/ocpi-edge';
import { CredentialsClient } from '../../ocpi/upstream/credentials.client';

/** PUT credentials: a registered partner sends a new token (and maybe new endpoints); we answer with a new token. 405 when not registered. */
@Controller('ocpi/2.2.1/credentials')
@OcpiEndpoint('credentials')
export class UpdateCredentialsHttpController {
  constructor(private readonly credentials: CredentialsClient) {}

  @Put()
  async update(@OcpiCaller() caller: OcpiAuthentication, @Body() body: unknown, @CorrelationId() correlationId?: string) {
    return ocpiSuccess(await this.credentials.acceptUpdate(requirePartner(caller).platformId, body, correlationId));
  }
}
