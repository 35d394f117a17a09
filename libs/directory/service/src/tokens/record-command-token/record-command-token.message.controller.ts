import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { recordCommandTokenRequestSchema, TOKEN_ACTIONS } from '@chargemesh/contracts/token';
import { DirectoryActions } from '../../shared/directory-actions';
import { RecordCommandTokenCommandHandler } from './record-command-token.command-handler';

/** `<ns>.cmd.directory.record-command-token` (from the commands module of the hub router). */
@Injectable()
export class RecordCommandTokenMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: DirectoryActions,
    private readonly handler: RecordCommandTokenCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(TOKEN_ACTIONS.recordCommandToken, recordCommandTokenRequestSchema, (request) => this.handler.execute(request));
  }
}
