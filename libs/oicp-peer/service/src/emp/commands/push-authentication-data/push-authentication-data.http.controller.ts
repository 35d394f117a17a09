import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { pushAuthenticationDataCommandSchema } from '@chargemesh/contracts/oicp';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { PushAuthenticationDataCommandHandler } from './push-authentication-data.command-handler';

@Controller('admin/oicp/emp/authentication-data')
@UseGuards(AdminTokenGuard)
export class PushAuthenticationDataHttpController {
  constructor(private readonly handler: PushAuthenticationDataCommandHandler) {}

  @Post()
  @HttpCode(202)
  execute(@Body() body: unknown) {
    return this.handler.execute(parseRequest(pushAuthenticationDataCommandSchema, body));
  }
}
