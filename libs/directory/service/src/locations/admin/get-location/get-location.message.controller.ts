import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { getLocationRequestSchema, LOCATION_ACTIONS } from '@chargemesh/contracts/location';
import { DirectoryActions } from '../../../shared/directory-actions';
import { GetLocationQueryHandler } from './get-location.query-handler';

/** `<ns>.cmd.directory.get-location` (the commands module finds the station of an EVSE with it). */
@Injectable()
export class GetLocationMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: DirectoryActions,
    private readonly handler: GetLocationQueryHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(LOCATION_ACTIONS.getLocation, getLocationRequestSchema, (request) => this.handler.execute(request));
  }
}
