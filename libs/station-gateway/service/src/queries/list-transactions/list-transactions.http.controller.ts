import { Controller, Get, Param, Query, UseGuards } from '@nestjs/common';
import { listTransactionsRequestSchema } from '@chargemesh/contracts/station';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { StationReadModel } from '../station-read-model';

@Controller('admin/stations')
@UseGuards(AdminTokenGuard)
export class ListTransactionsHttpController {
  constructor(private readonly stations: StationReadModel) {}

  /** `?open=true` for the open ones only. */
  @Get(':stationId/transactions')
  list(@Param('stationId') stationId: string, @Query('open') open?: string) {
    const request = parseRequest(listTransactionsRequestSchema, { stationId, ...(open !== undefined ? { open: open === 'true' } : {}) });
    return this.stations.transactions(request.stationId, request.open);
  }
}
