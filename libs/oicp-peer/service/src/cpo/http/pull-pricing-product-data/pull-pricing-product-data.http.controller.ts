import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OICP_OPERATIONS } from '@chargemesh/protocol-oicp';
import { OicpEndpoint } from '../../../peer-api/inbound/oicp-endpoint';
import { oicpRoutes } from '../../../peer-api/inbound/oicp-route';
import { PullPricingProductDataQueryHandler } from './pull-pricing-product-data.query-handler';

/** `POST /api/oicp/dynamicpricing/v10/providers/{providerID}/pricing-products` (PullPricingProductData, served by the CPO). */
@Controller()
export class PullPricingProductDataHttpController {
  constructor(
    private readonly endpoint: OicpEndpoint,
    private readonly handler: PullPricingProductDataQueryHandler,
  ) {}

  @Post(oicpRoutes(OICP_OPERATIONS.PullPricingProductData))
  serve(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.endpoint.serve(request, response, OICP_OPERATIONS.PullPricingProductData, (call) => this.handler.execute(call));
  }
}
