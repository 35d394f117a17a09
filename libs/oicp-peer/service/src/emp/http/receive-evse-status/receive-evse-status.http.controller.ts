import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OICP_OPERATIONS } from '@chargemesh/protocol-oicp';
import { OicpEndpoint } from '../../../peer-api/inbound/oicp-endpoint';
import { oicpRoutes } from '../../../peer-api/inbound/oicp-route';
import { ReceiveEvseStatusCommandHandler } from './receive-evse-status.command-handler';

/** `POST /api/oicp/evsepush/v21/operators/{operatorID}/status-records` (PushEvseStatus, served by the EMP). */
@Controller()
export class ReceiveEvseStatusHttpController {
  constructor(
    private readonly endpoint: OicpEndpoint,
    private readonly handler: ReceiveEvseStatusCommandHandler,
  ) {}

  @Post(oicpRoutes(OICP_OPERATIONS.PushEvseStatus))
  serve(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.endpoint.serve(request, response, OICP_OPERATIONS.PushEvseStatus, (call) => this.handler.execute(call));
  }
}
