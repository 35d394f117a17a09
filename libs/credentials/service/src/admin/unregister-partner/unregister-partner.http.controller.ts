import { Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { partnerRequestSchema } from '@chargemesh/contracts/credential';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { UnregisterPartnerCommandHandler } from './unregister-partner.command-handler';

/** Unregisters a partner (DELETE to its credentials endpoint). */
@Controller('admin/partners')
@UseGuards(AdminTokenGuard)
export class UnregisterPartnerHttpController {
  constructor(private readonly handler: UnregisterPartnerCommandHandler) {}

  @Post(':platformId/unregister')
  @HttpCode(200)
  handle(@Param('platformId') platformId: string) {
    return this.handler.execute(parseRequest(partnerRequestSchema, { platformId }));
  }
}
