import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { pushEvseStatusRequestSchema, OICP_ACTIONS } from '@chargemesh/contracts/oicp';
import { CommandEndpoint } from '../../../shared/command-endpoint';
import { PushEvseStatusCommandHandler } from './push-evse-status.command-handler';

@Injectable()
export class PushEvseStatusMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly endpoint: CommandEndpoint,
    private readonly handler: PushEvseStatusCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.endpoint.serve(OICP_ACTIONS.pushEvseStatus, pushEvseStatusRequestSchema, (request) => this.handler.execute(request));
  }
}
