import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { pushEvseDataRequestSchema, OICP_ACTIONS } from '@chargemesh/contracts/oicp';
import { CommandEndpoint } from '../../../shared/command-endpoint';
import { PushEvseDataCommandHandler } from './push-evse-data.command-handler';

@Injectable()
export class PushEvseDataMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly endpoint: CommandEndpoint,
    private readonly handler: PushEvseDataCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.endpoint.serve(OICP_ACTIONS.pushEvseData, pushEvseDataRequestSchema, (request) => this.handler.execute(request));
  }
}
