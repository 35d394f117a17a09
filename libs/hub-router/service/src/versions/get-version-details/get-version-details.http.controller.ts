import { Controller, Get } from '@nestjs/common';
import { ocpiSuccess } from '@chargemesh/protocol-ocpi';
import { OcpiEndpoint } from '../../ocpi/ocpi-edge';
import { CredentialsClient } from '../../ocpi/upstream/credentials.client';

/** GET {OCPI_BASE_URL}/ocpi/2.2.1: every module and interface role implemented for the parties hosted here. */
@Controller('ocpi/2.2.1')
@OcpiEndpoint('versions')
export class GetVersionDetailsHttpController {
  constructor(private readonly credentials: CredentialsClient) {}

  @Get()
  async details() {
    return ocpiSuccess(await this.credentials.versionDetails());
  }
}
