import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { listDeliveriesRequestSchema, OICP_ACTIONS } from '@chargemesh/contracts/oicp';
import { DeliveryRepository } from '../../../delivery/delivery.repository';
import { CommandEndpoint } from '../../../shared/command-endpoint';

@Injectable()
export class ListDeliveriesMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly endpoint: CommandEndpoint,
    private readonly deliveries: DeliveryRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.endpoint.serve(OICP_ACTIONS.listDeliveries, listDeliveriesRequestSchema, (request) => this.deliveries.list(request));
  }
}
