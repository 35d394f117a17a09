import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { pushAuthenticationDataCommandSchema, OICP_ACTIONS } from '@chargemesh/contracts/oicp';
import { CommandEndpoint } from '../../../shared/command-endpoint';
import { PushAuthenticationDataCommandHandler } from './push-authentication-data.command-handler';

@Injectable()
export class PushAuthenticationDataMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly endpoint: CommandEndpoint,
    private readonly handler: PushAuthenticationDataCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.endpoint.serve(OICP_ACTIONS.pushAuthenticationData, pushAuthenticationDataCommandSchema, (request) => this.handler.execute(request));
  }
}
