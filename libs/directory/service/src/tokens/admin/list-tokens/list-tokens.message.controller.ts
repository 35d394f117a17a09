import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { listTokensRequestSchema, TOKEN_ACTIONS } from '@chargemesh/contracts/token';
import { DirectoryActions } from '../../../shared/directory-actions';
import { ListTokensQueryHandler } from './list-tokens.query-handler';

/** `<ns>.cmd.directory.list-tokens`. */
@Injectable()
export class ListTokensMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: DirectoryActions,
    private readonly handler: ListTokensQueryHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(TOKEN_ACTIONS.listTokens, listTokensRequestSchema, (request) => this.handler.execute(request));
  }
}
