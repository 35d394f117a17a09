import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { authorizeStopCommandSchema } from '@chargemesh/contracts/oicp';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { AuthorizeStopCommandHandler } from './authorize-stop.command-handler';

@Controller('admin/oicp/cpo/authorize-stop')
@UseGuards(AdminTokenGuard)
export class AuthorizeStopHttpController {
  constructor(private readonly handler: AuthorizeStopCommandHandler) {}

  @Post()
  @HttpCode(200)
  execute(@Body() body: unknown) {
    return this.handler.execute(parseRequest(authorizeStopCommandSchema, body));
  }
}
