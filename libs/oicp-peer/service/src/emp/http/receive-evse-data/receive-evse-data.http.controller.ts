import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OICP_OPERATIONS } from '@chargemesh/protocol-oicp';
import { OicpEndpoint } from '../../../peer-api/inbound/oicp-endpoint';
import { oicpRoutes } from '../../../peer-api/inbound/oicp-route';
import { ReceiveEvseDataCommandHandler } from './receive-evse-data.command-handler';

/** `POST /api/oicp/evsepush/v23/operators/{operatorID}/data-records` (PushEvseData, served by the EMP). */
@Controller()
export class ReceiveEvseDataHttpController {
  constructor(
    private readonly endpoint: OicpEndpoint,
    private readonly handler: ReceiveEvseDataCommandHandler,
  ) {}

  @Post(oicpRoutes(OICP_OPERATIONS.PushEvseData))
  serve(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.endpoint.serve(request, response, OICP_OPERATIONS.PushEvseData, (call) => this.handler.execute(call));
  }
}
