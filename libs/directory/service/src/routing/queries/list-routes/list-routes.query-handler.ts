import { Injectable } from '@nestjs/common';
import type { RouteView } from '@chargemesh/contracts/party';
import { RoutingTableCache } from '../../routing-table.cache';

/** The routing table as admins see it; refreshed first, so it shows what the projections hold now. */
@Injectable()
export class ListRoutesQueryHandler {
  constructor(private readonly table: RoutingTableCache) {}

  async execute(): Promise<RouteView[]> {
    await this.table.refresh();
    return [...(await this.table.current()).routes.values()];
  }
}
