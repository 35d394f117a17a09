import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { authorizeStartCommandSchema } from '@chargemesh/contracts/oicp';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { AuthorizeStartCommandHandler } from './authorize-start.command-handler';

@Controller('admin/oicp/cpo/authorize-start')
@UseGuards(AdminTokenGuard)
export class AuthorizeStartHttpController {
  constructor(private readonly handler: AuthorizeStartCommandHandler) {}

  @Post()
  @HttpCode(200)
  execute(@Body() body: unknown) {
    return this.handler.execute(parseRequest(authorizeStartCommandSchema, body));
  }
}
