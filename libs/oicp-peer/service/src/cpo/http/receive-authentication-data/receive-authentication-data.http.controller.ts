import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OICP_OPERATIONS } from '@chargemesh/protocol-oicp';
import { OicpEndpoint } from '../../../peer-api/inbound/oicp-endpoint';
import { oicpRoutes } from '../../../peer-api/inbound/oicp-route';
import { ReceiveAuthenticationDataCommandHandler } from './receive-authentication-data.command-handler';

/** `POST /api/oicp/authdata/v21/providers/{providerID}/push-request` (PushAuthenticationData, served by the CPO). */
@Controller()
export class ReceiveAuthenticationDataHttpController {
  constructor(
    private readonly endpoint: OicpEndpoint,
    private readonly handler: ReceiveAuthenticationDataCommandHandler,
  ) {}

  @Post(oicpRoutes(OICP_OPERATIONS.PushAuthenticationData))
  serve(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.endpoint.serve(request, response, OICP_OPERATIONS.PushAuthenticationData, (call) => this.handler.execute(call));
  }
}
