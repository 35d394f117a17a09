import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OICP_OPERATIONS } from '@chargemesh/protocol-oicp';
import { OicpEndpoint } from '../../../peer-api/inbound/oicp-endpoint';
import { oicpRoutes } from '../../../peer-api/inbound/oicp-route';
import { EmpAuthorizeStartCommandHandler } from './authorize-start.command-handler';

/** `POST /api/oicp/charging/v21/operators/{operatorID}/authorize/start` (AuthorizeStart, served by the EMP). */
@Controller()
export class EmpAuthorizeStartHttpController {
  constructor(
    private readonly endpoint: OicpEndpoint,
    private readonly handler: EmpAuthorizeStartCommandHandler,
  ) {}

  @Post(oicpRoutes(OICP_OPERATIONS.AuthorizeStart))
  serve(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.endpoint.serve(request, response, OICP_OPERATIONS.AuthorizeStart, (call) => this.handler.execute(call));
  }
}
