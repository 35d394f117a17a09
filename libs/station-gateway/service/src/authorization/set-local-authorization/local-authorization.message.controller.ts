import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { removeLocalAuthorizationRequestSchema, setLocalAuthorizationRequestSchema, STATION_GATEWAY_ACTIONS } from '@chargemesh/contracts/station';
import type { PlatformConfig } from '@chargemesh/platform-config';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { serveGatewayAction } from '../../gateway/serve-gateway-action';
import { LocalAuthorizationCommandHandler } from './local-authorization.command-handler';

/** `<ns>.cmd.station-gateway.set-local-authorization` / `remove-local-authorization`. */
@Injectable()
export class LocalAuthorizationMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: PlatformConfig,
    private readonly handler: LocalAuthorizationCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    const namespace = this.config.CHARGEMESH_NAMESPACE;
    serveGatewayAction(this.responder, namespace, STATION_GATEWAY_ACTIONS.setLocalAuthorization, setLocalAuthorizationRequestSchema, (request) => this.handler.set(request));
    serveGatewayAction(this.responder, namespace, STATION_GATEWAY_ACTIONS.removeLocalAuthorization, removeLocalAuthorizationRequestSchema, (request) =>
      this.handler.remove(request.idToken),
    );
  }
}
