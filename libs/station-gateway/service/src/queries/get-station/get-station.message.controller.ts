import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { getStationRequestSchema, STATION_GATEWAY_ACTIONS } from '@chargemesh/contracts/station';
import type { PlatformConfig } from '@chargemesh/platform-config';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { serveGatewayAction } from '../../gateway/serve-gateway-action';
import { GetStationQueryHandler } from './get-station.query-handler';

/** `<ns>.cmd.station-gateway.get-station` for other services. */
@Injectable()
export class GetStationMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: PlatformConfig,
    private readonly handler: GetStationQueryHandler,
  ) {}

  onApplicationBootstrap(): void {
    serveGatewayAction(this.responder, this.config.CHARGEMESH_NAMESPACE, STATION_GATEWAY_ACTIONS.getStation, getStationRequestSchema, (request) => this.handler.execute(request));
  }
}
