import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OICP_OPERATIONS } from '@chargemesh/protocol-oicp';
import { OicpEndpoint } from '../../../peer-api/inbound/oicp-endpoint';
import { oicpRoutes } from '../../../peer-api/inbound/oicp-route';
import { ReceiveEvsePricingCommandHandler } from './receive-evse-pricing.command-handler';

/** `POST /api/oicp/dynamicpricing/v10/operators/{operatorID}/evse-pricing` (PushEvsePricing, served by the EMP). */
@Controller()
export class ReceiveEvsePricingHttpController {
  constructor(
    private readonly endpoint: OicpEndpoint,
    private readonly handler: ReceiveEvsePricingCommandHandler,
  ) {}

  @Post(oicpRoutes(OICP_OPERATIONS.PushEvsePricing))
  serve(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.endpoint.serve(request, response, OICP_OPERATIONS.PushEvsePricing, (call) => this.handler.execute(call));
  }
}
