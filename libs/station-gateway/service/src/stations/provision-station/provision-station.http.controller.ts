import { Body, Controller, Headers, HttpCode, Post, UseGuards } from '@nestjs/common';
import { provisionStationRequestSchema } from '@chargemesh/contracts/station';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { ProvisionStationCommandHandler } from './provision-station.command-handler';

@Controller('admin/stations')
@UseGuards(AdminTokenGuard)
export class ProvisionStationHttpController {
  constructor(private readonly handler: ProvisionStationCommandHandler) {}

  @Post()
  @HttpCode(201)
  provision(@Body() body: unknown, @Headers('x-correlation-id') correlationId?: string) {
    return this.handler.execute(parseRequest(provisionStationRequestSchema, body), { correlationId });
  }
}
