import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { sendChargingNotificationCommandSchema, OICP_ACTIONS } from '@chargemesh/contracts/oicp';
import { CommandEndpoint } from '../../../shared/command-endpoint';
import { SendChargingNotificationCommandHandler } from './send-charging-notification.command-handler';

@Injectable()
export class SendChargingNotificationMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly endpoint: CommandEndpoint,
    private readonly handler: SendChargingNotificationCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.endpoint.serve(OICP_ACTIONS.sendChargingNotification, sendChargingNotificationCommandSchema, (request) => this.handler.execute(request));
  }
}
