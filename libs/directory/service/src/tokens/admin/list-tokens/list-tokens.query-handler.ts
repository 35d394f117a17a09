import { Injectable } from '@nestjs/common';
import type { ListTokensRequest, OwnTokenPage } from '@chargemesh/contracts/token';
import { TokenReadModel } from '../../token-read-model';

/** Admin: a hosted eMSP's tokens, oldest first, by keyset (`after` is the `next` of the previous page). */
@Injectable()
export class ListTokensQueryHandler {
  constructor(private readonly tokens: TokenReadModel) {}

  async execute(request: ListTokensRequest): Promise<OwnTokenPage> {
    const after = request.after && /^[0-9]{1,15}$/.test(request.after) ? Number(request.after) : undefined;
    const page = await this.tokens.ownPage(request, { offset: 0, limit: request.limit, ...(after !== undefined ? { after } : {}) });
    return { items: page.items as unknown as Record<string, unknown>[], ...(page.lastKey !== undefined && page.items.length === request.limit ? { next: String(page.lastKey) } : {}) };
  }
}
