import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { LOCATION_ACTIONS, saveEvseRequestSchema } from '@chargemesh/contracts/location';
import { DirectoryActions } from '../../../shared/directory-actions';
import { SaveEvseCommandHandler } from './save-evse.command-handler';

/** `<ns>.cmd.directory.save-evse`. */
@Injectable()
export class SaveEvseMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: DirectoryActions,
    private readonly handler: SaveEvseCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(LOCATION_ACTIONS.saveEvse, saveEvseRequestSchema, (request) => this.handler.execute(request));
  }
}
