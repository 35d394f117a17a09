import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { getTokenRequestSchema, TOKEN_ACTIONS } from '@chargemesh/contracts/token';
import { DirectoryActions } from '../../../shared/directory-actions';
import { GetTokenQueryHandler } from './get-token.query-handler';

/** `<ns>.cmd.directory.get-token`. */
@Injectable()
export class GetTokenMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: DirectoryActions,
    private readonly handler: GetTokenQueryHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(TOKEN_ACTIONS.getToken, getTokenRequestSchema, (request) => this.handler.execute(request));
  }
}
