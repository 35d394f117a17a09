import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import { configureIdentityRequestSchema } from '@chargemesh/contracts/oicp';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { ConfigureIdentityCommandHandler } from './configure-identity.command-handler';

@Controller('admin/oicp/identities')
@UseGuards(AdminTokenGuard)
export class ConfigureIdentityHttpController {
  constructor(private readonly handler: ConfigureIdentityCommandHandler) {}

  @Post()
  configure(@Body() body: unknown) {
    return this.handler.execute(parseRequest(configureIdentityRequestSchema, body));
  }
}
