import { Controller, Get, Param } from '@nestjs/common';
import { countryCodeSchema, ocpiSuccess, OcpiStatus, partyIdSchema } from '@chargemesh/protocol-ocpi';
import { OcpiCaller, type OcpiAuthentication } from '../../ocpi/auth/ocpi-request';
import { OcpiStatusError } from '../../ocpi/envelope/ocpi-errors';
import { OcpiEndpoint } from '../../ocpi/ocpi-edge';
import { DirectoryClient } from '../../ocpi/upstream/directory.client';
import { requireHub } from '../hub-sender';

/** GET {receiver}/hubclientinfo/{country_code}/{party_id}: a Hub checks what we hold from it (404 when nothing). */
@Controller('ocpi/2.2.1/receiver/hubclientinfo')
@OcpiEndpoint('hubclientinfo')
export class GetClientInfoHttpController {
  constructor(private readonly directory: DirectoryClient) {}

  @Get(':countryCode/:partyId')
  async get(@OcpiCaller() caller: OcpiAuthentication, @Param('countryCode') countryCode: string, @Param('partyId') partyId: string) {
    const hub = requireHub(caller);
    if (!countryCodeSchema.safeParse(countryCode).success || !partyIdSchema.safeParse(partyId).success) {
      throw new OcpiStatusError(OcpiStatus.INVALID_OR_MISSING_PARAMETERS, 'country_code must be 2 letters and party_id 3 characters');
    }
    return ocpiSuccess(await this.directory.getClientInfo({ hubPlatformId: hub.platformId, countryCode, partyId }));
  }
}
