import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OICP_OPERATIONS } from '@chargemesh/protocol-oicp';
import { OicpEndpoint } from '../../../peer-api/inbound/oicp-endpoint';
import { oicpRoutes } from '../../../peer-api/inbound/oicp-route';
import { PullEvseDataQueryHandler } from './pull-evse-data.query-handler';

/** `POST /api/oicp/evsepull/v23/providers/{providerID}/data-records` (PullEvseData, served by the CPO). */
@Controller()
export class PullEvseDataHttpController {
  constructor(
    private readonly endpoint: OicpEndpoint,
    private readonly handler: PullEvseDataQueryHandler,
  ) {}

  @Post(oicpRoutes(OICP_OPERATIONS.PullEvseData))
  serve(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.endpoint.serve(request, response, OICP_OPERATIONS.PullEvseData, (call) => this.handler.execute(call));
  }
}
