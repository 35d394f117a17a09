import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { listStationsRequestSchema } from '@chargemesh/contracts/station';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { StationReadModel } from '../station-read-model';

@Controller('admin/stations')
@UseGuards(AdminTokenGuard)
export class ListStationsHttpController {
  constructor(private readonly stations: StationReadModel) {}

  /** `?countryCode=NL&partyId=CMX&online=true&limit=100&after=<stationId>` (keyset pagination by station id). */
  @Get()
  list(@Query() query: Record<string, string | undefined>) {
    return this.stations.list(
      parseRequest(listStationsRequestSchema, {
        ...query,
        ...(query.online !== undefined ? { online: query.online === 'true' } : {}),
        ...(query.limit !== undefined ? { limit: Number(query.limit) } : {}),
      }),
    );
  }
}
