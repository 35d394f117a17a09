import { Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { partnerRequestSchema } from '@chargemesh/contracts/credential';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { RotatePartnerCredentialsCommandHandler } from './rotate-partner-credentials.command-handler';

/** Rotates the tokens of a registered partner (PUT to its credentials endpoint). */
@Controller('admin/partners')
@UseGuards(AdminTokenGuard)
export class RotatePartnerCredentialsHttpController {
  constructor(private readonly handler: RotatePartnerCredentialsCommandHandler) {}

  @Post(':platformId/rotate')
  @HttpCode(200)
  handle(@Param('platformId') platformId: string) {
    return this.handler.execute(parseRequest(partnerRequestSchema, { platformId }));
  }
}
