import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DIRECTORY_ACTIONS, listConnectedPartiesRequestSchema } from '@chargemesh/contracts/party';
import { DirectoryActions } from '../../../shared/directory-actions';
import { ListConnectedPartiesQueryHandler } from './list-connected-parties.query-handler';

/** `<ns>.cmd.directory.list-connected-parties` `{role?}` → ConnectedParty[] (for broadcast pushes). */
@Injectable()
export class ListConnectedPartiesMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: DirectoryActions,
    private readonly handler: ListConnectedPartiesQueryHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(DIRECTORY_ACTIONS.listConnectedParties, listConnectedPartiesRequestSchema, (request) => this.handler.execute(request));
  }
}
