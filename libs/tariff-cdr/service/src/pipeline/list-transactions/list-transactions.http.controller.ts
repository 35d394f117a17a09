import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { listTransactionsRequestSchema } from '@chargemesh/contracts/session';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { ListTransactionsQueryHandler } from './list-transactions.query-handler';

@Controller('admin/transactions')
@UseGuards(AdminTokenGuard)
export class ListTransactionsHttpController {
  constructor(private readonly handler: ListTransactionsQueryHandler) {}

  /** GET /admin/transactions?stationId=&waitingOnly=true&limit= */
  @Get()
  list(@Query('stationId') stationId?: string, @Query('waitingOnly') waitingOnly?: string, @Query('limit') limit?: string) {
    return this.handler.execute(parseRequest(listTransactionsRequestSchema, { ...(stationId ? { stationId } : {}), waitingOnly: waitingOnly === 'true', ...(limit ? { limit: Number(limit) } : {}) }));
  }
}
