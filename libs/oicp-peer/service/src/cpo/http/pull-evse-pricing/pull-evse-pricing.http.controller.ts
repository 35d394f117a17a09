import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OICP_OPERATIONS } from '@chargemesh/protocol-oicp';
import { OicpEndpoint } from '../../../peer-api/inbound/oicp-endpoint';
import { oicpRoutes } from '../../../peer-api/inbound/oicp-route';
import { PullEvsePricingQueryHandler } from './pull-evse-pricing.query-handler';

/** `POST /api/oicp/dynamicpricing/v10/providers/{providerID}/evse-pricing` (PullEvsePricing, served by the CPO). */
@Controller()
export class PullEvsePricingHttpController {
  constructor(
    private readonly endpoint: OicpEndpoint,
    private readonly handler: PullEvsePricingQueryHandler,
  ) {}

  @Post(oicpRoutes(OICP_OPERATIONS.PullEvsePricing))
  serve(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.endpoint.serve(request, response, OICP_OPERATIONS.PullEvsePricing, (call) => this.handler.execute(call));
  }
}
