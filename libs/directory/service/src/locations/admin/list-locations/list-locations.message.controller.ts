import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { LOCATION_ACTIONS, listLocationsRequestSchema } from '@chargemesh/contracts/location';
import { DirectoryActions } from '../../../shared/directory-actions';
import { ListLocationsQueryHandler } from './list-locations.query-handler';

/** `<ns>.cmd.directory.list-locations`. */
@Injectable()
export class ListLocationsMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: DirectoryActions,
    private readonly handler: ListLocationsQueryHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(LOCATION_ACTIONS.listLocations, listLocationsRequestSchema, (request) => this.handler.execute(request));
  }
}
