import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { partnerRequestSchema } from '@chargemesh/contracts/credential';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { ListPartnersQueryHandler } from './list-partners.query-handler';

/** Partner platforms with their handshake status, roles and endpoints; never a token. */
@Controller('admin/partners')
@UseGuards(AdminTokenGuard)
export class ListPartnersHttpController {
  constructor(private readonly handler: ListPartnersQueryHandler) {}

  @Get()
  list() {
    return this.handler.list();
  }

  @Get(':platformId')
  get(@Param('platformId') platformId: string) {
    return this.handler.get(parseRequest(partnerRequestSchema, { platformId }).platformId);
  }
}
