import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { pushPricingProductDataRequestSchema, OICP_ACTIONS } from '@chargemesh/contracts/oicp';
import { CommandEndpoint } from '../../../shared/command-endpoint';
import { PushPricingProductDataCommandHandler } from './push-pricing-product-data.command-handler';

@Injectable()
export class PushPricingProductDataMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly endpoint: CommandEndpoint,
    private readonly handler: PushPricingProductDataCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.endpoint.serve(OICP_ACTIONS.pushPricingProductData, pushPricingProductDataRequestSchema, (request) => this.handler.execute(request));
  }
}
