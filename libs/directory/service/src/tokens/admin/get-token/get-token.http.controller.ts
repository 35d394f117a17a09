import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { getTokenRequestSchema } from '@chargemesh/contracts/token';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { GetTokenQueryHandler } from './get-token.query-handler';

@Controller('admin/parties/:countryCode/:partyId/tokens')
@UseGuards(AdminTokenGuard)
export class GetTokenHttpController {
  constructor(private readonly handler: GetTokenQueryHandler) {}

  @Get(':uid')
  get(@Param('countryCode') countryCode: string, @Param('partyId') partyId: string, @Param('uid') uid: string, @Query('type') type?: string) {
    return this.handler.execute(parseRequest(getTokenRequestSchema, { countryCode, partyId, uid, ...(type ? { type } : {}) }));
  }
}
