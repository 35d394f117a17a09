import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DIRECTORY_ACTIONS, partyRefSchema } from '@chargemesh/contracts/party';
import { DirectoryActions } from '../../../shared/directory-actions';
import { ResolveRouteQueryHandler } from './resolve-route.query-handler';

/** `<ns>.cmd.directory.resolve-route` `{countryCode, partyId}` → ResolvedRoute; the hub router asks it for every TO party. */
@Injectable()
export class ResolveRouteMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: DirectoryActions,
    private readonly handler: ResolveRouteQueryHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(DIRECTORY_ACTIONS.resolveRoute, partyRefSchema, (request) => this.handler.execute(request));
  }
}
