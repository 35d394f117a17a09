import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { getSessionRequestSchema, listSessionsRequestSchema } from '@chargemesh/contracts/session';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { GetSessionQueryHandler } from './get-session.query-handler';

@Controller('admin/sessions')
@UseGuards(AdminTokenGuard)
export class GetSessionHttpController {
  constructor(private readonly handler: GetSessionQueryHandler) {}

  /** GET /admin/sessions/by-transaction/{station_id}/{transaction_id} */
  @Get('by-transaction/:stationId/:transactionId')
  byTransaction(@Param('stationId') stationId: string, @Param('transactionId') transactionId: string) {
    return this.handler.one(parseRequest(getSessionRequestSchema, { stationId, transactionId }));
  }

  @Get(':countryCode/:partyId')
  list(@Param('countryCode') countryCode: string, @Param('partyId') partyId: string, @Query('status') status?: string, @Query('limit') limit?: string) {
    const request = parseRequest(listSessionsRequestSchema, { countryCode, partyId, ...(status ? { status } : {}), ...(limit ? { limit: Number(limit) } : {}) });
    return this.handler.list(request, request.status, request.limit);
  }

  @Get(':countryCode/:partyId/:sessionId')
  one(@Param('countryCode') countryCode: string, @Param('partyId') partyId: string, @Param('sessionId') sessionId: string) {
    return this.handler.one(parseRequest(getSessionRequestSchema, { countryCode, partyId, sessionId }));
  }
}
