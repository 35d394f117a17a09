import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, parseRequest, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { HubRouterConfig } from '../../../../hub-router.config';
import { getSentRequestSchema, MODULE_ACTIONS, moduleActionSubject } from '../../../shared/module-actions';
import { GetSentRequestQueryHandler } from '../../../shared/get-sent-request.query-handler';

/** `<ns>.cmd.hub-router.get-command` `{id}`. */
@Injectable()
export class GetCommandMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
    private readonly handler: GetSentRequestQueryHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.responder.serve(moduleActionSubject(this.config.CHARGEMESH_NAMESPACE, MODULE_ACTIONS.getCommand), (payload) => this.handler.execute(parseRequest(getSentRequestSchema, payload).id, 'commands'), { queue: 'hub-router' });
  }
}
