import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { registerWithPartnerRequestSchema } from '@chargemesh/contracts/credential';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { RegisterWithPartnerCommandHandler } from './register-with-partner.command-handler';

/** Registers with a partner, given its versions URL and the token A it issued us. */
@Controller('admin/partners')
@UseGuards(AdminTokenGuard)
export class RegisterWithPartnerHttpController {
  constructor(private readonly handler: RegisterWithPartnerCommandHandler) {}

  @Post('register')
  @HttpCode(201)
  handle(@Body() body: unknown) {
    return this.handler.execute(parseRequest(registerWithPartnerRequestSchema, body ?? {}));
  }
}
