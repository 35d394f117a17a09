import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { provisionStationRequestSchema, STATION_GATEWAY_ACTIONS } from '@chargemesh/contracts/station';
import type { PlatformConfig } from '@chargemesh/platform-config';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { serveGatewayAction } from '../../gateway/serve-gateway-action';
import { ProvisionStationCommandHandler } from './provision-station.command-handler';

/** `<ns>.cmd.station-gateway.provision-station` for other services and tools. */
@Injectable()
export class ProvisionStationMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: PlatformConfig,
    private readonly handler: ProvisionStationCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    serveGatewayAction(this.responder, this.config.CHARGEMESH_NAMESPACE, STATION_GATEWAY_ACTIONS.provisionStation, provisionStationRequestSchema, (request) =>
      this.handler.execute(request),
    );
  }
}
