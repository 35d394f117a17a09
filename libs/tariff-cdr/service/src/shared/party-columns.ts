import type { CdrReceiver } from '@chargemesh/contracts/cdr';
import { partyKeyOf } from '@chargemesh/contracts/tariff';

/** The receiver of a session or CDR as columns: its kind and, for an OCPI eMSP, its party key (`DE*MSP`). */
export function receiverColumns(receiver: CdrReceiver): { kind: string; key: string | null } {
  return { kind: receiver.kind, key: receiver.kind === 'ocpi' ? partyKeyOf(receiver.party) : receiver.kind === 'oicp' ? `OICP:${receiver.providerId}` : null };
}
