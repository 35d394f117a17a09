import type { OcpiInterface, OcpiModule } from '@chargemesh/contracts/ocpi';
import type { PartyRole } from '@chargemesh/contracts/party';

/**
 * Which roles implement which interface of each functional module (the "Interfaces and
 * endpoints" sections: "Typically implemented by market roles like ..."). The Hub implements
 * both sides of everything and is left out: it is never a broadcast or GET All target.
 */
const IMPLEMENTERS: Record<OcpiModule, Record<OcpiInterface, readonly PartyRole[]>> = {
  locations: { SENDER: ['CPO'], RECEIVER: ['EMSP', 'NSP', 'NAP', 'SCSP'] },
  tariffs: { SENDER: ['CPO'], RECEIVER: ['EMSP', 'NSP', 'NAP'] },
  sessions: { SENDER: ['CPO'], RECEIVER: ['EMSP', 'SCSP'] },
  cdrs: { SENDER: ['CPO'], RECEIVER: ['EMSP'] },
  tokens: { SENDER: ['EMSP'], RECEIVER: ['CPO'] },
  commands: { SENDER: ['EMSP'], RECEIVER: ['CPO'] },
  chargingprofiles: { SENDER: ['EMSP', 'SCSP'], RECEIVER: ['CPO'] },
};

export const rolesImplementing = (module: OcpiModule, iface: OcpiInterface): readonly PartyRole[] => IMPLEMENTERS[module][iface];

/**
 * The "opposite roles" of a Broadcast Push (transport_and_format_message_routing_broadcast_push):
 * a CPO pushes to eMSPs, NSPs and the like, and to OTHER ("seen as an eMSP type of role"); every
 * other role, OTHER included, pushes to CPOs only.
 */
export function broadcastAudience(senderRoles: readonly PartyRole[]): Set<PartyRole> {
  const audience = new Set<PartyRole>();
  for (const role of senderRoles) {
    if (role === 'HUB') continue;
    if (role === 'CPO') ['EMSP', 'NSP', 'NAP', 'SCSP', 'OTHER'].forEach((target) => audience.add(target as PartyRole));
    else audience.add('CPO');
  }
  return audience;
}

/** Roles that may receive a broadcast of `module` from a party with `senderRoles`. */
export function broadcastReceiverRoles(module: OcpiModule, senderRoles: readonly PartyRole[]): Set<PartyRole> {
  const audience = broadcastAudience(senderRoles);
  const receivers = new Set<PartyRole>(rolesImplementing(module, 'RECEIVER'));
  if (audience.has('OTHER')) receivers.add('OTHER');
  return new Set([...receivers].filter((role) => audience.has(role)));
}
