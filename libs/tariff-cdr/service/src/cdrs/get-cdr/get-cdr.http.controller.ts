import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { getCdrRequestSchema, listCdrsRequestSchema } from '@chargemesh/contracts/cdr';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { GetCdrQueryHandler } from './get-cdr.query-handler';

@Controller('admin/cdrs')
@UseGuards(AdminTokenGuard)
export class GetCdrHttpController {
  constructor(private readonly handler: GetCdrQueryHandler) {}

  /** GET /admin/cdrs?deliveryState=waiting|pending|delivered|rejected&countryCode=&partyId= */
  @Get()
  list(@Query() query: Record<string, string>) {
    const request = parseRequest(listCdrsRequestSchema, { ...query, ...(query.limit ? { limit: Number(query.limit) } : {}) });
    return this.handler.list({ ...(request.countryCode && request.partyId ? { cpo: { countryCode: request.countryCode, partyId: request.partyId } } : {}), ...(request.deliveryState ? { deliveryState: request.deliveryState } : {}), limit: request.limit });
  }

  @Get('by-transaction/:stationId/:transactionId')
  byTransaction(@Param('stationId') stationId: string, @Param('transactionId') transactionId: string) {
    return this.handler.one(parseRequest(getCdrRequestSchema, { stationId, transactionId }));
  }

  @Get(':countryCode/:partyId/:cdrId')
  one(@Param('countryCode') countryCode: string, @Param('partyId') partyId: string, @Param('cdrId') cdrId: string) {
    return this.handler.one(parseRequest(getCdrRequestSchema, { countryCode, partyId, cdrId }));
  }
}
