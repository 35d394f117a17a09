import { Injectable } from '@nestjs/common';
import type { ConnectedParty, PartyRole } from '@chargemesh/contracts/party';
import { RoutingTableCache } from '../../routing-table.cache';

/** The parties a broadcast can reach, one entry per role: every hosted party, and remote parties behind a CONNECTED route. */
@Injectable()
export class ListConnectedPartiesQueryHandler {
  constructor(private readonly table: RoutingTableCache) {}

  async execute(request: { role?: PartyRole }): Promise<ConnectedParty[]> {
    const snapshot = await this.table.current();
    const local: ConnectedParty[] = [...snapshot.hosted.values()].flatMap((party) =>
      party.roles.map((entry) => ({ countryCode: party.countryCode, partyId: party.partyId, role: entry.role, kind: 'local' as const })),
    );
    const remote: ConnectedParty[] = [...snapshot.routes.values()]
      .filter((route) => route.status === 'CONNECTED' && route.selected)
      .flatMap((route) => route.roles.map((role) => ({ countryCode: route.countryCode, partyId: route.partyId, role, kind: 'remote' as const, platformId: route.selected?.platformId, via: route.selected?.via })));
    return [...local, ...remote].filter((party) => !request.role || party.role === request.role);
  }
}
