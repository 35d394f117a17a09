import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { authorizeStopCommandSchema, OICP_ACTIONS } from '@chargemesh/contracts/oicp';
import { CommandEndpoint } from '../../../shared/command-endpoint';
import { AuthorizeStopCommandHandler } from './authorize-stop.command-handler';

@Injectable()
export class AuthorizeStopMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly endpoint: CommandEndpoint,
    private readonly handler: AuthorizeStopCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.endpoint.serve(OICP_ACTIONS.authorizeStop, authorizeStopCommandSchema, (request) => this.handler.execute(request));
  }
}
