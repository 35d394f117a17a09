import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { eraseTokenPersonalDataRequestSchema, TOKEN_ACTIONS } from '@chargemesh/contracts/token';
import { DirectoryActions } from '../../../shared/directory-actions';
import { EraseTokenCommandHandler } from './erase-token.command-handler';

/** `<ns>.cmd.directory.erase-token-personal-data`. */
@Injectable()
export class EraseTokenMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: DirectoryActions,
    private readonly handler: EraseTokenCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(TOKEN_ACTIONS.eraseTokenPersonalData, eraseTokenPersonalDataRequestSchema, (request) => this.handler.execute(request));
  }
}
