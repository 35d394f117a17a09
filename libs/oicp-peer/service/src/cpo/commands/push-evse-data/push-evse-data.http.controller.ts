import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { pushEvseDataRequestSchema } from '@chargemesh/contracts/oicp';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { PushEvseDataCommandHandler } from './push-evse-data.command-handler';

@Controller('admin/oicp/cpo/evse-data')
@UseGuards(AdminTokenGuard)
export class PushEvseDataHttpController {
  constructor(private readonly handler: PushEvseDataCommandHandler) {}

  @Post()
  @HttpCode(202)
  execute(@Body() body: unknown) {
    return this.handler.execute(parseRequest(pushEvseDataRequestSchema, body));
  }
}
