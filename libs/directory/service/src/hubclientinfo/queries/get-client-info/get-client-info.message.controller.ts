import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DIRECTORY_ACTIONS, getClientInfoRequestSchema } from '@chargemesh/contracts/party';
import { DirectoryActions } from '../../../shared/directory-actions';
import { GetClientInfoQueryHandler } from './get-client-info.query-handler';

@Injectable()
export class GetClientInfoMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: DirectoryActions,
    private readonly handler: GetClientInfoQueryHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(DIRECTORY_ACTIONS.getClientInfo, getClientInfoRequestSchema, (request) => this.handler.execute(request));
  }
}
