import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { resolveTokenRefRequestSchema, STATION_GATEWAY_ACTIONS } from '@chargemesh/contracts/station';
import type { PlatformConfig } from '@chargemesh/platform-config';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { serveGatewayAction } from '../../gateway/serve-gateway-action';
import { PostgresTokenRefs } from '../token-refs';

/** `<ns>.cmd.station-gateway.resolve-token-ref`: e.g. the OCPI work turning a session's token reference into its cdr_token uid. */
@Injectable()
export class TokenRefsMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: PlatformConfig,
    private readonly tokenRefs: PostgresTokenRefs,
  ) {}

  onApplicationBootstrap(): void {
    serveGatewayAction(this.responder, this.config.CHARGEMESH_NAMESPACE, STATION_GATEWAY_ACTIONS.resolveTokenRef, resolveTokenRefRequestSchema, (request) =>
      this.tokenRefs.resolve(request.ref),
    );
  }
}
