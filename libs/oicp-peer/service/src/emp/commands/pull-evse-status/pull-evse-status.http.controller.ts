import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { pullEvseStatusCommandSchema } from '@chargemesh/contracts/oicp';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { PullEvseStatusCommandHandler } from './pull-evse-status.command-handler';

@Controller('admin/oicp/emp/pull-evse-status')
@UseGuards(AdminTokenGuard)
export class PullEvseStatusHttpController {
  constructor(private readonly handler: PullEvseStatusCommandHandler) {}

  @Post()
  @HttpCode(200)
  execute(@Body() body: unknown) {
    return this.handler.execute(parseRequest(pullEvseStatusCommandSchema, body));
  }
}
