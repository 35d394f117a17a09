import { Controller, Delete } from '@nestjs/common';
import { ocpiSuccess } from '@chargemesh/protocol-ocpi';
import { CorrelationId, OcpiCaller, type OcpiAuthentication, requirePartner } from '../../ocpi/auth/ocpi-request';
import { OcpiEndpoint } from '../../ocpi/ocpi-edge';
import { CredentialsClient } from '../../ocpi/upstream/credentials.client';

/** DELETE credentials: the partner unregisters; both sides end automated communication. 405 when not registered. */
@Controller('ocpi/2.2.1/credentials')
@OcpiEndpoint('credentials')
export class DeleteCredentialsHttpController {
  constructor(private readonly credentials: CredentialsClient) {}

  @Delete()
  async unregister(@OcpiCaller() caller: OcpiAuthentication, @CorrelationId() correlationId?: string) {
    await this.credentials.acceptUnregistration(requirePartner(caller).platformId, correlationId);
    return ocpiSuccess();
  }
}
