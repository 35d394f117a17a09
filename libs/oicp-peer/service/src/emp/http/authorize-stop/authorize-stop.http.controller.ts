import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OICP_OPERATIONS } from '@chargemesh/protocol-oicp';
import { OicpEndpoint } from '../../../peer-api/inbound/oicp-endpoint';
import { oicpRoutes } from '../../../peer-api/inbound/oicp-route';
import { EmpAuthorizeStopCommandHandler } from './authorize-stop.command-handler';

/** `POST /api/oicp/charging/v21/operators/{operatorID}/authorize/stop` (AuthorizeStop, served by the EMP). */
@Controller()
export class EmpAuthorizeStopHttpController {
  constructor(
    private readonly endpoint: OicpEndpoint,
    private readonly handler: EmpAuthorizeStopCommandHandler,
  ) {}

  @Post(oicpRoutes(OICP_OPERATIONS.AuthorizeStop))
  serve(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.endpoint.serve(request, response, OICP_OPERATIONS.AuthorizeStop, (call) => this.handler.execute(call));
  }
}
