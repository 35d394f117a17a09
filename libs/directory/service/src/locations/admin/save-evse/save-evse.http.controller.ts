import { Body, Controller, Headers, Param, Put, UseGuards } from '@nestjs/common';
import { saveEvseRequestSchema } from '@chargemesh/contracts/location';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { SaveEvseCommandHandler } from './save-evse.command-handler';

@Controller('admin/parties/:countryCode/:partyId/locations')
@UseGuards(AdminTokenGuard)
export class SaveEvseHttpController {
  constructor(private readonly handler: SaveEvseCommandHandler) {}

  /** The body is the EVSE: OCPI fields without uid and last_updated, connectors without last_updated, and an optional `station`. */
  @Put(':locationId/evses/:evseUid')
  save(
    @Param('countryCode') countryCode: string,
    @Param('partyId') partyId: string,
    @Param('locationId') locationId: string,
    @Param('evseUid') evseUid: string,
    @Body() evse: unknown,
    @Headers('x-correlation-id') correlationId?: string,
  ) {
    return this.handler.execute(parseRequest(saveEvseRequestSchema, { countryCode, partyId, locationId, evseUid, evse }), { correlationId });
  }
}
