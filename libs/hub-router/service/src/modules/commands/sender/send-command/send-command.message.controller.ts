import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, parseRequest, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { HubRouterConfig } from '../../../../hub-router.config';
import { MODULE_ACTIONS, moduleActionSubject, sendCommandRequestSchema } from '../../../shared/module-actions';
import { SendCommandCommandHandler } from './send-command.command-handler';

/** `<ns>.cmd.hub-router.send-command`. */
@Injectable()
export class SendCommandMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
    private readonly handler: SendCommandCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.responder.serve(moduleActionSubject(this.config.CHARGEMESH_NAMESPACE, MODULE_ACTIONS.sendCommand), (payload) => this.handler.execute(parseRequest(sendCommandRequestSchema, payload)), { queue: 'hub-router' });
  }
}
