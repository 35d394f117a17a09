import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { authorizeStopCommandSchema, OICP_ACTIONS } from '@chargemesh/contracts/oicp';
import type { PlatformConfig } from '@chargemesh/platform-config';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { serveCommand } from '../../../shared/command-endpoint';
import { AuthorizeStopCommandHandler } from './authorize-stop.command-handler';

@Injectable()
export class AuthorizeStopMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: PlatformConfig,
    private readonly handler: AuthorizeStopCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    serveCommand(this.responder, this.config.CHARGEMESH_NAMESPACE, OICP_ACTIONS.authorizeStop, authorizeStopCommandSchema, (request) => this.handler.execute(request));
  }
}
