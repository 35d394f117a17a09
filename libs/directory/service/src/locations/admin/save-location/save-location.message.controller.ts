import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { LOCATION_ACTIONS, saveLocationRequestSchema } from '@chargemesh/contracts/location';
import { DirectoryActions } from '../../../shared/directory-actions';
import { SaveLocationCommandHandler } from './save-location.command-handler';

/** `<ns>.cmd.directory.save-location`. */
@Injectable()
export class SaveLocationMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: DirectoryActions,
    private readonly handler: SaveLocationCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(LOCATION_ACTIONS.saveLocation, saveLocationRequestSchema, (request) => this.handler.execute(request));
  }
}
