import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, parseRequest, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { HubRouterConfig } from '../../../../hub-router.config';
import { GetSentRequestQueryHandler } from '../../../shared/get-sent-request.query-handler';
import { getSentRequestSchema, MODULE_ACTIONS, moduleActionSubject, sendChargingProfileRequestSchema } from '../../../shared/module-actions';
import { SendProfileRequestCommandHandler } from './send-profile-request.command-handler';

/** `<ns>.cmd.hub-router.send-charging-profile-request` and `get-charging-profile-request` `{id}`. */
@Injectable()
export class SendProfileRequestMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
    private readonly handler: SendProfileRequestCommandHandler,
    private readonly get: GetSentRequestQueryHandler,
  ) {}

  onApplicationBootstrap(): void {
    const subject = (action: string) => moduleActionSubject(this.config.CHARGEMESH_NAMESPACE, action);
    this.responder.serve(subject(MODULE_ACTIONS.sendChargingProfileRequest), (payload) => this.handler.execute(parseRequest(sendChargingProfileRequestSchema, payload)), { queue: 'hub-router' });
    this.responder.serve(subject(MODULE_ACTIONS.getChargingProfileRequest), (payload) => this.get.execute(parseRequest(getSentRequestSchema, payload).id, 'chargingprofiles'), { queue: 'hub-router' });
  }
}
