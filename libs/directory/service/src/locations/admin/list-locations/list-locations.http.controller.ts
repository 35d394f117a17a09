import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { listLocationsRequestSchema } from '@chargemesh/contracts/location';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { ListLocationsQueryHandler } from './list-locations.query-handler';

@Controller('admin/parties/:countryCode/:partyId/locations')
@UseGuards(AdminTokenGuard)
export class ListLocationsHttpController {
  constructor(private readonly handler: ListLocationsQueryHandler) {}

  @Get()
  list(@Param('countryCode') countryCode: string, @Param('partyId') partyId: string, @Query('limit') limit?: string, @Query('after') after?: string) {
    return this.handler.execute(parseRequest(listLocationsRequestSchema, { countryCode, partyId, ...(limit ? { limit: Number(limit) } : {}), ...(after ? { after } : {}) }));
  }
}
