import type { CdrTokenRef } from '@chargemesh/contracts/cdr';
import type { EventEnvelope } from '@chargemesh/contracts/envelope';

/**
 * What a receiver holds of one pushed object: whether it exists, the object (without personal
 * fields) and, for sessions and CDRs, the token with the vault reference of its personal fields.
 */
export interface ReceivedObjectState {
  exists: boolean;
  object?: Record<string, unknown>;
  cdrToken?: CdrTokenRef;
  digest?: string;
}

export const initialReceivedObject: ReceivedObjectState = { exists: false };

type Stored = { tariff?: Record<string, unknown>; session?: Record<string, unknown>; cdr?: Record<string, unknown>; cdrToken?: CdrTokenRef; digest?: string };

/** Folds the Received*Stored/Deleted events of one aggregate (tariff, session or CDR). */
export function evolveReceivedObject(state: ReceivedObjectState, event: EventEnvelope): ReceivedObjectState {
  if (event.type.startsWith('ReceivedTariffDeleted.')) return { exists: false };
  if (!/^Received(Tariff|Session|Cdr)Stored\./.test(event.type)) return state;
  const data = event.data as Stored;
  return {
    exists: true,
    object: data.tariff ?? data.session ?? data.cdr,
    ...(data.cdrToken ? { cdrToken: data.cdrToken } : {}),
    ...(data.digest ? { digest: data.digest } : {}),
  };
}
