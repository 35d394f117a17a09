import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DIRECTORY_ACTIONS, listClientInfoRequestSchema } from '@chargemesh/contracts/party';
import { DirectoryActions } from '../../../shared/directory-actions';
import { ListClientInfoQueryHandler } from './list-client-info.query-handler';

@Injectable()
export class ListClientInfoMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: DirectoryActions,
    private readonly handler: ListClientInfoQueryHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(DIRECTORY_ACTIONS.listClientInfo, listClientInfoRequestSchema, (request) => this.handler.execute(request));
  }
}
