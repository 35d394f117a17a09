import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OICP_OPERATIONS } from '@chargemesh/protocol-oicp';
import { OicpEndpoint } from '../../../peer-api/inbound/oicp-endpoint';
import { oicpRoutes } from '../../../peer-api/inbound/oicp-route';
import { ReceiveChargingNotificationCommandHandler } from './receive-charging-notification.command-handler';

/** `POST /api/oicp/notificationmgmt/v11/charging-notifications` (ChargingNotification, served by the EMP). */
@Controller()
export class ReceiveChargingNotificationHttpController {
  constructor(
    private readonly endpoint: OicpEndpoint,
    private readonly handler: ReceiveChargingNotificationCommandHandler,
  ) {}

  @Post(oicpRoutes(OICP_OPERATIONS.ChargingNotification))
  serve(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.endpoint.serve(request, response, OICP_OPERATIONS.ChargingNotification, (call) => this.handler.execute(call));
  }
}
