import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { OICP_ACTIONS, pullPricingCommandSchema } from '@chargemesh/contracts/oicp';
import type { PlatformConfig } from '@chargemesh/platform-config';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { serveCommand } from '../../../shared/command-endpoint';
import { PullPricingCommandHandler } from './pull-pricing.command-handler';

@Injectable()
export class PullPricingMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: PlatformConfig,
    private readonly handler: PullPricingCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    const namespace = this.config.CHARGEMESH_NAMESPACE;
    serveCommand(this.responder, namespace, OICP_ACTIONS.pullPricingProductData, pullPricingCommandSchema, (request) => this.handler.products(request));
    serveCommand(this.responder, namespace, OICP_ACTIONS.pullEvsePricing, pullPricingCommandSchema, (request) => this.handler.evsePricing(request));
  }
}
