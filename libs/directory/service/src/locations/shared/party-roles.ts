import { Injectable } from '@nestjs/common';
import type { PartyRole } from '@chargemesh/contracts/party';
import { partyKey } from '@chargemesh/directory-domain';
import type { PartyRef } from '@chargemesh/protocol-ocpi';
import { RoutingTableCache } from '../../routing/routing-table.cache';

/** The roles of hosted and remote parties, from the in-memory routing table (reloaded once when a party is not in it yet). */
@Injectable()
export class PartyRoles {
  constructor(private readonly table: RoutingTableCache) {}

  /** The roles a party hosted here holds; empty when it is not hosted here. */
  async hostedRoles(party: PartyRef): Promise<PartyRole[]> {
    const key = partyKey(party.countryCode, party.partyId);
    let hosted = (await this.table.current()).hosted.get(key);
    if (!hosted) {
      await this.table.refresh(true);
      hosted = (await this.table.current()).hosted.get(key);
    }
    return hosted?.roles.map((entry) => entry.role) ?? [];
  }

  async isHostedAs(party: PartyRef, roles: readonly PartyRole[]): Promise<boolean> {
    return (await this.hostedRoles(party)).some((role) => roles.includes(role));
  }

  /** Whether a party (the FROM of a request) is a Hub: a Hub relays Broadcast Pushes as itself. */
  async isHub(party: PartyRef): Promise<boolean> {
    const snapshot = await this.table.current();
    const key = partyKey(party.countryCode, party.partyId);
    const roles = snapshot.routes.get(key)?.roles ?? snapshot.hosted.get(key)?.roles.map((entry) => entry.role) ?? [];
    return roles.includes('HUB');
  }

  async hostedWithRole(role: PartyRole): Promise<PartyRef[]> {
    const snapshot = await this.table.current();
    return [...snapshot.hosted.values()].filter((party) => party.roles.some((entry) => entry.role === role)).map((party) => ({ countryCode: party.countryCode, partyId: party.partyId }));
  }
}
