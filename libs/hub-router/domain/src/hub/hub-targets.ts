import type { OcpiInterface, OcpiModule } from '@chargemesh/contracts/ocpi';
import type { ConnectedParty, PartyRole } from '@chargemesh/contracts/party';
import { type PartyRef, partyKey, sameParty } from '@chargemesh/protocol-ocpi';
import { broadcastReceiverRoles, rolesImplementing } from '../roles/module-interfaces';

export interface HubTarget extends PartyRef {
  kind: 'local' | 'remote';
  roles: PartyRole[];
}

/** One target per party (ConnectedParty has one entry per role), in a stable order: by party key. */
function byParty(parties: readonly ConnectedParty[], keep: (party: ConnectedParty) => boolean, exclude: readonly PartyRef[]): HubTarget[] {
  const targets = new Map<string, HubTarget>();
  for (const party of parties) {
    if (party.role === 'HUB' || !keep(party) || exclude.some((excluded) => sameParty(excluded, party))) continue;
    const key = partyKey(party);
    const target = targets.get(key) ?? { countryCode: party.countryCode, partyId: party.partyId, kind: party.kind, roles: [] };
    if (!target.roles.includes(party.role)) target.roles.push(party.role);
    targets.set(key, target);
  }
  return [...targets.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, target]) => target);
}

/**
 * The receivers of a Broadcast Push: every connected party of an "opposite role" that implements
 * the module's Receiver interface, except the sender and the Hub's own parties.
 */
export function broadcastTargets(module: OcpiModule, sender: PartyRef, senderRoles: readonly PartyRole[], connected: readonly ConnectedParty[], hubParties: readonly PartyRef[]): HubTarget[] {
  const eligible = broadcastReceiverRoles(module, senderRoles);
  return byParty(connected, (party) => eligible.has(party.role), [sender, ...hubParties]);
}

/**
 * Every connected party that implements one interface of a module, except the requester and the
 * Hub's own parties: the sources of a GET All (Sender interface), the candidates of Open Routing.
 */
export function interfaceImplementers(module: OcpiModule, iface: OcpiInterface, requester: PartyRef, connected: readonly ConnectedParty[], hubParties: readonly PartyRef[]): HubTarget[] {
  const implementers = new Set(rolesImplementing(module, iface));
  return byParty(connected, (party) => implementers.has(party.role), [requester, ...hubParties]);
}

/** The roles of one party among the connected ones (what it may broadcast as). */
export const rolesOf = (party: PartyRef, connected: readonly ConnectedParty[]): PartyRole[] =>
  [...new Set(connected.filter((candidate) => sameParty(candidate, party)).map((candidate) => candidate.role))];
