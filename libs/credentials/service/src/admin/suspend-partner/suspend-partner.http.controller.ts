import { Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { partnerRequestSchema } from '@chargemesh/contracts/credential';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { SuspendPartnerCommandHandler } from './suspend-partner.command-handler';

/** Suspends a partner: its tokens stop working and it is never routed to again. */
@Controller('admin/partners')
@UseGuards(AdminTokenGuard)
export class SuspendPartnerHttpController {
  constructor(private readonly handler: SuspendPartnerCommandHandler) {}

  @Post(':platformId/suspend')
  @HttpCode(200)
  handle(@Param('platformId') platformId: string) {
    return this.handler.execute(parseRequest(partnerRequestSchema, { platformId }));
  }
}
