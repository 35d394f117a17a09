import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { OICP_ACTIONS, pullPricingCommandSchema } from '@chargemesh/contracts/oicp';
import { CommandEndpoint } from '../../../shared/command-endpoint';
import { PullPricingCommandHandler } from './pull-pricing.command-handler';

@Injectable()
export class PullPricingMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly endpoint: CommandEndpoint,
    private readonly handler: PullPricingCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.endpoint.serve(OICP_ACTIONS.pullPricingProductData, pullPricingCommandSchema, (request) => this.handler.products(request));
    this.endpoint.serve(OICP_ACTIONS.pullEvsePricing, pullPricingCommandSchema, (request) => this.handler.evsePricing(request));
  }
}
