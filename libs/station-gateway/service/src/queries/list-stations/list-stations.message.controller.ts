import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { listStationsRequestSchema, listTransactionsRequestSchema, STATION_GATEWAY_ACTIONS } from '@chargemesh/contracts/station';
import type { PlatformConfig } from '@chargemesh/platform-config';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { serveGatewayAction } from '../../gateway/serve-gateway-action';
import { StationReadModel } from '../station-read-model';

/** `<ns>.cmd.station-gateway.list-stations` and `list-transactions` for other services. */
@Injectable()
export class ListStationsMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: PlatformConfig,
    private readonly stations: StationReadModel,
  ) {}

  onApplicationBootstrap(): void {
    const namespace = this.config.CHARGEMESH_NAMESPACE;
    serveGatewayAction(this.responder, namespace, STATION_GATEWAY_ACTIONS.listStations, listStationsRequestSchema, (request) => this.stations.list(request));
    serveGatewayAction(this.responder, namespace, STATION_GATEWAY_ACTIONS.listTransactions, listTransactionsRequestSchema, (request) =>
      this.stations.transactions(request.stationId, request.open),
    );
  }
}
