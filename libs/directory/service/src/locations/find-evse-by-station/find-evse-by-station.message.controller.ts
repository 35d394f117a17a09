import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { findEvseByStationRequestSchema, LOCATION_ACTIONS } from '@chargemesh/contracts/location';
import { DirectoryActions } from '../../shared/directory-actions';
import { FindEvseByStationQueryHandler } from './find-evse-by-station.query-handler';

/** `<ns>.cmd.directory.find-evse-by-station` `{stationId, evseId, connectorId?}` → EvseByStation, or LOCATION.NOT_FOUND_STATION_LINK. */
@Injectable()
export class FindEvseByStationMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: DirectoryActions,
    private readonly handler: FindEvseByStationQueryHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(LOCATION_ACTIONS.findEvseByStation, findEvseByStationRequestSchema, (request) => this.handler.execute(request));
  }
}
