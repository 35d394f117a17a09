import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { pullEvseStatusCommandSchema, OICP_ACTIONS } from '@chargemesh/contracts/oicp';
import { CommandEndpoint } from '../../../shared/command-endpoint';
import { PullEvseStatusCommandHandler } from './pull-evse-status.command-handler';

@Injectable()
export class PullEvseStatusMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly endpoint: CommandEndpoint,
    private readonly handler: PullEvseStatusCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.endpoint.serve(OICP_ACTIONS.pullEvseStatus, pullEvseStatusCommandSchema, (request) => this.handler.execute(request));
  }
}
