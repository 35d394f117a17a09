import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { saveTokenRequestSchema, TOKEN_ACTIONS } from '@chargemesh/contracts/token';
import { DirectoryActions } from '../../../shared/directory-actions';
import { SaveTokenCommandHandler } from './save-token.command-handler';

/** `<ns>.cmd.directory.save-token`. */
@Injectable()
export class SaveTokenMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: DirectoryActions,
    private readonly handler: SaveTokenCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(TOKEN_ACTIONS.saveToken, saveTokenRequestSchema, (request) => this.handler.execute(request));
  }
}
