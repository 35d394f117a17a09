import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { clientInfoRequestSchema, DIRECTORY_ACTIONS } from '@chargemesh/contracts/party';
import { DirectoryActions } from '../../../shared/directory-actions';
import { RecordClientInfoCommandHandler } from './record-client-info.command-handler';

/** `<ns>.cmd.directory.record-client-info`: a Hub's ClientInfo push, from the OCPI edge. */
@Injectable()
export class RecordClientInfoMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: DirectoryActions,
    private readonly handler: RecordClientInfoCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(DIRECTORY_ACTIONS.recordClientInfo, clientInfoRequestSchema, (request) => this.handler.execute(request));
  }
}
