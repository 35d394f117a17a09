import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { pullEvseDataCommandSchema, OICP_ACTIONS } from '@chargemesh/contracts/oicp';
import type { PlatformConfig } from '@chargemesh/platform-config';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { serveCommand } from '../../../shared/command-endpoint';
import { PullEvseDataCommandHandler } from './pull-evse-data.command-handler';

@Injectable()
export class PullEvseDataMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: PlatformConfig,
    private readonly handler: PullEvseDataCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    serveCommand(this.responder, this.config.CHARGEMESH_NAMESPACE, OICP_ACTIONS.pullEvseData, pullEvseDataCommandSchema, (request) => this.handler.execute(request));
  }
}
