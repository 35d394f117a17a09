import { Body, Controller, Param, Put } from '@nestjs/common';
import { ciEquals, clientInfoSchema, ocpiSuccess, OcpiStatus, parseOcpiDateTime } from '@chargemesh/protocol-ocpi';
import { CorrelationId, OcpiCaller, type OcpiAuthentication } from '../../ocpi/auth/ocpi-request';
import { parseOcpiBody } from '../../ocpi/envelope/ocpi-body';
import { OcpiStatusError } from '../../ocpi/envelope/ocpi-errors';
import { OcpiEndpoint } from '../../ocpi/ocpi-edge';
import { DirectoryClient } from '../../ocpi/upstream/directory.client';
import { requireHub } from '../hub-sender';

/**
 * PUT {receiver}/hubclientinfo/{country_code}/{party_id}: a Hub tells us the connection status of
 * a party behind it; our routes through that Hub follow (mod_hub_client_info_client_put).
 */
@Controller('ocpi/2.2.1/receiver/hubclientinfo')
@OcpiEndpoint('hubclientinfo')
export class PutClientInfoHttpController {
  constructor(private readonly directory: DirectoryClient) {}

  @Put(':countryCode/:partyId')
  async put(
    @OcpiCaller() caller: OcpiAuthentication,
    @Param('countryCode') countryCode: string,
    @Param('partyId') partyId: string,
    @Body() body: unknown,
    @CorrelationId() correlationId?: string,
  ) {
    const hub = requireHub(caller);
    const info = parseOcpiBody(clientInfoSchema, body);
    if (!ciEquals(info.country_code, countryCode) || !ciEquals(info.party_id, partyId)) {
      throw new OcpiStatusError(OcpiStatus.INVALID_OR_MISSING_PARAMETERS, 'country_code and party_id in the URL must be those of the ClientInfo object');
    }
    await this.directory.recordClientInfo({
      hubPlatformId: hub.platformId,
      countryCode: info.country_code,
      partyId: info.party_id,
      role: info.role,
      status: info.status,
      lastUpdated: parseOcpiDateTime(info.last_updated).toISOString(),
      ...(correlationId ? { correlationId } : {}),
    });
    return ocpiSuccess();
  }
}
