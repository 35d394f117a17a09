import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { pushEvseStatusRequestSchema } from '@chargemesh/contracts/oicp';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { PushEvseStatusCommandHandler } from './push-evse-status.command-handler';

@Controller('admin/oicp/cpo/evse-status')
@UseGuards(AdminTokenGuard)
export class PushEvseStatusHttpController {
  constructor(private readonly handler: PushEvseStatusCommandHandler) {}

  @Post()
  @HttpCode(202)
  execute(@Body() body: unknown) {
    return this.handler.execute(parseRequest(pushEvseStatusRequestSchema, body));
  }
}
