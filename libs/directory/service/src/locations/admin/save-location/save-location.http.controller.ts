import { Body, Controller, Headers, Param, Put, UseGuards } from '@nestjs/common';
import { saveLocationRequestSchema } from '@chargemesh/contracts/location';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { SaveLocationCommandHandler } from './save-location.command-handler';

@Controller('admin/parties/:countryCode/:partyId/locations')
@UseGuards(AdminTokenGuard)
export class SaveLocationHttpController {
  constructor(private readonly handler: SaveLocationCommandHandler) {}

  /** The body is the location: OCPI fields without country_code, party_id, id and last_updated; each EVSE may carry `station`. */
  @Put(':locationId')
  save(@Param('countryCode') countryCode: string, @Param('partyId') partyId: string, @Param('locationId') locationId: string, @Body() location: unknown, @Headers('x-correlation-id') correlationId?: string) {
    return this.handler.execute(parseRequest(saveLocationRequestSchema, { countryCode, partyId, locationId, location }), { correlationId });
  }
}
