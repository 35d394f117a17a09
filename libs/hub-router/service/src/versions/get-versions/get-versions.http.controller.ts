import { Controller, Get } from '@nestjs/common';
import { ocpiSuccess } from '@chargemesh/protocol-ocpi';
import { OcpiEndpoint } from '../../ocpi/ocpi-edge';
import { CredentialsClient } from '../../ocpi/upstream/credentials.client';

/** GET {OCPI_BASE_URL}/ocpi/versions: the versions this platform speaks (any valid token, token A included). */
@Controller('ocpi/versions')
@OcpiEndpoint('versions')
export class GetVersionsHttpController {
  constructor(private readonly credentials: CredentialsClient) {}

  @Get()
  async versions() {
    return ocpiSuccess(await this.credentials.versions());
  }
}
