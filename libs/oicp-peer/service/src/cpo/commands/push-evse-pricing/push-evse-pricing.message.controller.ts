import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { pushEvsePricingRequestSchema, OICP_ACTIONS } from '@chargemesh/contracts/oicp';
import { CommandEndpoint } from '../../../shared/command-endpoint';
import { PushEvsePricingCommandHandler } from './push-evse-pricing.command-handler';

@Injectable()
export class PushEvsePricingMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly endpoint: CommandEndpoint,
    private readonly handler: PushEvsePricingCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.endpoint.serve(OICP_ACTIONS.pushEvsePricing, pushEvsePricingRequestSchema, (request) => this.handler.execute(request));
  }
}
