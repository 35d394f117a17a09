import { Injectable } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import { STATION_ERRORS, type StationView } from '@chargemesh/contracts/station';
import { StationReadModel } from '../station-read-model';

@Injectable()
export class GetStationQueryHandler {
  constructor(private readonly stations: StationReadModel) {}

  async execute(request: { stationId: string }): Promise<StationView> {
    const station = await this.stations.get(request.stationId);
    if (!station) throw new CodedError(STATION_ERRORS.notFound, `no station ${request.stationId} is provisioned here`);
    return station;
  }
}
