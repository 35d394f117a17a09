import { Controller, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { OICP_OPERATIONS } from '@chargemesh/protocol-oicp';
import { OicpEndpoint } from '../../../peer-api/inbound/oicp-endpoint';
import { oicpRoutes } from '../../../peer-api/inbound/oicp-route';
import { ReceivePricingProductDataCommandHandler } from './receive-pricing-product-data.command-handler';

/** `POST /api/oicp/dynamicpricing/v10/operators/{operatorID}/pricing-products` (PushPricingProductData, served by the EMP). */
@Controller()
export class ReceivePricingProductDataHttpController {
  constructor(
    private readonly endpoint: OicpEndpoint,
    private readonly handler: ReceivePricingProductDataCommandHandler,
  ) {}

  @Post(oicpRoutes(OICP_OPERATIONS.PushPricingProductData))
  serve(@Req() request: Request, @Res() response: Response): Promise<void> {
    return this.endpoint.serve(request, response, OICP_OPERATIONS.PushPricingProductData, (call) => this.handler.execute(call));
  }
}
