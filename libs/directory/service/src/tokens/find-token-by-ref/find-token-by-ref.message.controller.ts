import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { findTokenByRefRequestSchema, TOKEN_ACTIONS } from '@chargemesh/contracts/token';
import { DirectoryActions } from '../../shared/directory-actions';
import { FindTokenByRefQueryHandler } from './find-token-by-ref.query-handler';

/** `<ns>.cmd.directory.find-token-by-ref` `{cpo, tokenRef}` → TokenByRef, or TOKEN.NOT_FOUND / TOKEN.NOT_FOUND_REF. */
@Injectable()
export class FindTokenByRefMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: DirectoryActions,
    private readonly handler: FindTokenByRefQueryHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(TOKEN_ACTIONS.findTokenByRef, findTokenByRefRequestSchema, (request) => this.handler.execute(request));
  }
}
