import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { listDeliveriesRequestSchema } from '@chargemesh/contracts/oicp';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { DeliveryRepository } from '../../../delivery/delivery.repository';

/** The delivery queue as operators see it: what is pending, delivered or refused, per peer and operation. */
@Controller('admin/oicp/deliveries')
@UseGuards(AdminTokenGuard)
export class ListDeliveriesHttpController {
  constructor(private readonly deliveries: DeliveryRepository) {}

  @Get()
  list(@Query() query: unknown) {
    return this.deliveries.list(parseRequest(listDeliveriesRequestSchema, query));
  }
}
