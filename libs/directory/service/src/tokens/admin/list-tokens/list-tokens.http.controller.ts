import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { listTokensRequestSchema } from '@chargemesh/contracts/token';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { ListTokensQueryHandler } from './list-tokens.query-handler';

@Controller('admin/parties/:countryCode/:partyId/tokens')
@UseGuards(AdminTokenGuard)
export class ListTokensHttpController {
  constructor(private readonly handler: ListTokensQueryHandler) {}

  @Get()
  list(@Param('countryCode') countryCode: string, @Param('partyId') partyId: string, @Query('limit') limit?: string, @Query('after') after?: string) {
    return this.handler.execute(parseRequest(listTokensRequestSchema, { countryCode, partyId, ...(limit ? { limit: Number(limit) } : {}), ...(after ? { after } : {}) }));
  }
}
