import { Injectable } from '@nestjs/common';
import type { ListLocationsRequest, OwnLocationPage } from '@chargemesh/contracts/location';
import { LocationReadModel } from '../../location-read-model';

/** Admin: a hosted CPO's locations, oldest first, by keyset (`after` is the `next` of the previous page). */
@Injectable()
export class ListLocationsQueryHandler {
  constructor(private readonly locations: LocationReadModel) {}

  async execute(request: ListLocationsRequest): Promise<OwnLocationPage> {
    const after = request.after && /^[0-9]{1,15}$/.test(request.after) ? Number(request.after) : undefined;
    const page = await this.locations.ownPage(request, { offset: 0, limit: request.limit, ...(after !== undefined ? { after } : {}) });
    const items = page.items.map((location, index) => ({ location: location as unknown as Record<string, unknown>, stationLinks: page.links[index] }));
    return { items, ...(page.lastKey !== undefined && page.items.length === request.limit ? { next: String(page.lastKey) } : {}) };
  }
}
