import { Injectable } from '@nestjs/common';
import type { SetStationPasswordRequest } from '@chargemesh/contracts/station';
import { GetStationQueryHandler } from '../../queries/get-station/get-station.query-handler';
import { passwordBytes, StationPasswords } from '../station-passwords';

/** Sets a station's Basic auth password (stored as an scrypt hash); it applies from the station's next connect. */
@Injectable()
export class SetStationPasswordCommandHandler {
  constructor(
    private readonly stations: GetStationQueryHandler,
    private readonly passwords: StationPasswords,
  ) {}

  async execute(request: SetStationPasswordRequest): Promise<{ stationId: string; passwordSet: true }> {
    await this.stations.execute({ stationId: request.stationId });
    await this.passwords.set(request.stationId, passwordBytes(request) as Buffer, 'admin');
    return { stationId: request.stationId, passwordSet: true };
  }
}
