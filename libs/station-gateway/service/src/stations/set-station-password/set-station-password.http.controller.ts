import { Body, Controller, Param, Put, UseGuards } from '@nestjs/common';
import { setStationPasswordRequestSchema } from '@chargemesh/contracts/station';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { SetStationPasswordCommandHandler } from './set-station-password.command-handler';

@Controller('admin/stations')
@UseGuards(AdminTokenGuard)
export class SetStationPasswordHttpController {
  constructor(private readonly handler: SetStationPasswordCommandHandler) {}

  @Put(':stationId/password')
  set(@Param('stationId') stationId: string, @Body() body: Record<string, unknown>) {
    return this.handler.execute(parseRequest(setStationPasswordRequestSchema, { ...body, stationId }));
  }
}
