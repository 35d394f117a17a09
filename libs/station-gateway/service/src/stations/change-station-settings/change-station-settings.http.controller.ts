import { Body, Controller, Param, Patch, UseGuards } from '@nestjs/common';
import { changeStationSettingsRequestSchema } from '@chargemesh/contracts/station';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { ChangeStationSettingsCommandHandler } from './change-station-settings.command-handler';

@Controller('admin/stations')
@UseGuards(AdminTokenGuard)
export class ChangeStationSettingsHttpController {
  constructor(private readonly handler: ChangeStationSettingsCommandHandler) {}

  @Patch(':stationId')
  change(@Param('stationId') stationId: string, @Body() body: Record<string, unknown>) {
    return this.handler.execute(parseRequest(changeStationSettingsRequestSchema, { ...body, stationId }));
  }
}
