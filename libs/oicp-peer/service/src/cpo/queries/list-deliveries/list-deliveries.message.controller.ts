import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { listDeliveriesRequestSchema, OICP_ACTIONS } from '@chargemesh/contracts/oicp';
import type { PlatformConfig } from '@chargemesh/platform-config';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { DeliveryRepository } from '../../../delivery/delivery.repository';
import { serveCommand } from '../../../shared/command-endpoint';

@Injectable()
export class ListDeliveriesMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: PlatformConfig,
    private readonly deliveries: DeliveryRepository,
  ) {}

  onApplicationBootstrap(): void {
    serveCommand(this.responder, this.config.CHARGEMESH_NAMESPACE, OICP_ACTIONS.listDeliveries, listDeliveriesRequestSchema, (request) => this.deliveries.list(request));
  }
}
