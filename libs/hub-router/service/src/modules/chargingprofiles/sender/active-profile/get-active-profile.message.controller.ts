import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, parseRequest, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { HubRouterConfig } from '../../../../hub-router.config';
import { getActiveChargingProfileRequestSchema, MODULE_ACTIONS, moduleActionSubject } from '../../../shared/module-actions';
import { GetActiveProfileQueryHandler } from './get-active-profile.query-handler';

/** `<ns>.cmd.hub-router.get-active-charging-profile` `{countryCode, partyId, cpo, sessionId}`. */
@Injectable()
export class GetActiveProfileMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
    private readonly handler: GetActiveProfileQueryHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.responder.serve(moduleActionSubject(this.config.CHARGEMESH_NAMESPACE, MODULE_ACTIONS.getActiveChargingProfile), (payload) => this.handler.execute(parseRequest(getActiveChargingProfileRequestSchema, payload)), { queue: 'hub-router' });
  }
}
