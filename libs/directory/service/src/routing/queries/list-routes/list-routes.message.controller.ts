import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { z } from 'zod';
import { DIRECTORY_ACTIONS } from '@chargemesh/contracts/party';
import { DirectoryActions } from '../../../shared/directory-actions';
import { ListRoutesQueryHandler } from './list-routes.query-handler';

@Injectable()
export class ListRoutesMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: DirectoryActions,
    private readonly handler: ListRoutesQueryHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(DIRECTORY_ACTIONS.listRoutes, z.unknown(), () => this.handler.execute());
  }
}
