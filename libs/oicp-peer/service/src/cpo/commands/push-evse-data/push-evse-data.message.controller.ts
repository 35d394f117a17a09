import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { pushEvseDataRequestSchema, OICP_ACTIONS } from '@chargemesh/contracts/oicp';
import type { PlatformConfig } from '@chargemesh/platform-config';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { serveCommand } from '../../../shared/command-endpoint';
import { PushEvseDataCommandHandler } from './push-evse-data.command-handler';

@Injectable()
export class PushEvseDataMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: PlatformConfig,
    private readonly handler: PushEvseDataCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    serveCommand(this.responder, this.config.CHARGEMESH_NAMESPACE, OICP_ACTIONS.pushEvseData, pushEvseDataRequestSchema, (request) => this.handler.execute(request));
  }
}
