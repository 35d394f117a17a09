import { Body, Controller, Headers, HttpCode, Post, UseGuards } from '@nestjs/common';
import { registerHostedPartyRequestSchema } from '@chargemesh/contracts/party';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { RegisterHostedPartyCommandHandler } from './register-hosted-party.command-handler';

@Controller('admin/parties')
@UseGuards(AdminTokenGuard)
export class RegisterHostedPartyHttpController {
  constructor(private readonly handler: RegisterHostedPartyCommandHandler) {}

  @Post()
  @HttpCode(201)
  register(@Body() body: unknown, @Headers('x-correlation-id') correlationId?: string) {
    return this.handler.execute(parseRequest(registerHostedPartyRequestSchema, body), { correlationId });
  }
}
