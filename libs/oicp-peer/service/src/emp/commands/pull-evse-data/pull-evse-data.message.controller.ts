import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { pullEvseDataCommandSchema, OICP_ACTIONS } from '@chargemesh/contracts/oicp';
import { CommandEndpoint } from '../../../shared/command-endpoint';
import { PullEvseDataCommandHandler } from './pull-evse-data.command-handler';

@Injectable()
export class PullEvseDataMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly endpoint: CommandEndpoint,
    private readonly handler: PullEvseDataCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.endpoint.serve(OICP_ACTIONS.pullEvseData, pullEvseDataCommandSchema, (request) => this.handler.execute(request));
  }
}
