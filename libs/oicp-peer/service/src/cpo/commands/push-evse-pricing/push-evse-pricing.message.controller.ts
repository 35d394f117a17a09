import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { pushEvsePricingRequestSchema, OICP_ACTIONS } from '@chargemesh/contracts/oicp';
import type { PlatformConfig } from '@chargemesh/platform-config';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { serveCommand } from '../../../shared/command-endpoint';
import { PushEvsePricingCommandHandler } from './push-evse-pricing.command-handler';

@Injectable()
export class PushEvsePricingMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: PlatformConfig,
    private readonly handler: PushEvsePricingCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    serveCommand(this.responder, this.config.CHARGEMESH_NAMESPACE, OICP_ACTIONS.pushEvsePricing, pushEvsePricingRequestSchema, (request) => this.handler.execute(request));
  }
}
