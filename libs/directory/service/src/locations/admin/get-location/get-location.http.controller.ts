import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { getLocationRequestSchema } from '@chargemesh/contracts/location';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { GetLocationQueryHandler } from './get-location.query-handler';

@Controller('admin/parties/:countryCode/:partyId/locations')
@UseGuards(AdminTokenGuard)
export class GetLocationHttpController {
  constructor(private readonly handler: GetLocationQueryHandler) {}

  @Get(':locationId')
  get(@Param('countryCode') countryCode: string, @Param('partyId') partyId: string, @Param('locationId') locationId: string) {
    return this.handler.execute(parseRequest(getLocationRequestSchema, { countryCode, partyId, locationId }));
  }
}
