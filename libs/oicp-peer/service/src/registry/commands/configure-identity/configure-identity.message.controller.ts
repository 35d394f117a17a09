import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { configureIdentityRequestSchema, OICP_ACTIONS } from '@chargemesh/contracts/oicp';
import { CommandEndpoint } from '../../../shared/command-endpoint';
import { ConfigureIdentityCommandHandler } from './configure-identity.command-handler';

@Injectable()
export class ConfigureIdentityMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly endpoint: CommandEndpoint,
    private readonly handler: ConfigureIdentityCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.endpoint.serve(OICP_ACTIONS.configureIdentity, configureIdentityRequestSchema, (request) => this.handler.execute(request));
  }
}
