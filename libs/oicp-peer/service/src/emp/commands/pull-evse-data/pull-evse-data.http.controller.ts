import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { pullEvseDataCommandSchema } from '@chargemesh/contracts/oicp';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { PullEvseDataCommandHandler } from './pull-evse-data.command-handler';

@Controller('admin/oicp/emp/pull-evse-data')
@UseGuards(AdminTokenGuard)
export class PullEvseDataHttpController {
  constructor(private readonly handler: PullEvseDataCommandHandler) {}

  @Post()
  @HttpCode(200)
  execute(@Body() body: unknown) {
    return this.handler.execute(parseRequest(pullEvseDataCommandSchema, body));
  }
}
