import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { authorizeStartCommandSchema, OICP_ACTIONS } from '@chargemesh/contracts/oicp';
import { CommandEndpoint } from '../../../shared/command-endpoint';
import { AuthorizeStartCommandHandler } from './authorize-start.command-handler';

@Injectable()
export class AuthorizeStartMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly endpoint: CommandEndpoint,
    private readonly handler: AuthorizeStartCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.endpoint.serve(OICP_ACTIONS.authorizeStart, authorizeStartCommandSchema, (request) => this.handler.execute(request));
  }
}
