import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DIRECTORY_ACTIONS, partyRefSchema } from '@chargemesh/contracts/party';
import { DirectoryActions } from '../../../shared/directory-actions';
import { SetRouteOverrideCommandHandler } from '../set-route-override/set-route-override.command-handler';

@Injectable()
export class ClearRouteOverrideMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: DirectoryActions,
    private readonly handler: SetRouteOverrideCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(DIRECTORY_ACTIONS.clearRouteOverride, partyRefSchema, (request) => this.handler.execute(request));
  }
}
