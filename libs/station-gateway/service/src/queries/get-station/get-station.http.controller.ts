import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { getStationRequestSchema } from '@chargemesh/contracts/station';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { GetStationQueryHandler } from './get-station.query-handler';

@Controller('admin/stations')
@UseGuards(AdminTokenGuard)
export class GetStationHttpController {
  constructor(private readonly handler: GetStationQueryHandler) {}

  @Get(':stationId')
  get(@Param('stationId') stationId: string) {
    return this.handler.execute(parseRequest(getStationRequestSchema, { stationId }));
  }
}
