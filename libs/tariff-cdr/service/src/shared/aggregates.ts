import { CDR_AGGREGATES } from '@chargemesh/contracts/cdr';
import { STREAMS } from '@chargemesh/contracts/envelope';
import { SESSION_AGGREGATES } from '@chargemesh/contracts/session';
import { ownedObjectKey, type PartyRef, receivedObjectKey, TARIFF_AGGREGATES } from '@chargemesh/contracts/tariff';
import {
  type CpoCdrState,
  type CpoSessionState,
  evolveCpoCdr,
  evolveCpoSession,
  evolveOwnTariff,
  evolveReceivedObject,
  initialCpoCdr,
  initialCpoSession,
  initialOwnTariff,
  initialReceivedObject,
  type OwnTariffState,
  type ReceivedObjectState,
} from '@chargemesh/tariff-cdr-domain';
import type { AggregateBehaviour, AggregateRef, EventStore } from '@chargemesh/platform-messaging';

export const ownTariffRef = (owner: PartyRef, tariffId: string): AggregateRef => ({ stream: STREAMS.TARIFF, aggregate: TARIFF_AGGREGATES.tariff, id: ownedObjectKey(owner, tariffId) });
export const receivedTariffRef = (receiver: PartyRef, owner: PartyRef, tariffId: string): AggregateRef => ({
  stream: STREAMS.TARIFF,
  aggregate: TARIFF_AGGREGATES.receivedTariff,
  id: receivedObjectKey(receiver, owner, tariffId),
});
export const cpoSessionRef = (cpo: PartyRef, sessionId: string): AggregateRef => ({ stream: STREAMS.SESSION, aggregate: SESSION_AGGREGATES.cpoSession, id: ownedObjectKey(cpo, sessionId) });
export const receivedSessionRef = (receiver: PartyRef, owner: PartyRef, sessionId: string): AggregateRef => ({
  stream: STREAMS.SESSION,
  aggregate: SESSION_AGGREGATES.receivedSession,
  id: receivedObjectKey(receiver, owner, sessionId),
});
export const cpoCdrRef = (cpo: PartyRef, cdrId: string): AggregateRef => ({ stream: STREAMS.CDR, aggregate: CDR_AGGREGATES.cpoCdr, id: ownedObjectKey(cpo, cdrId) });
export const receivedCdrRef = (receiver: PartyRef, owner: PartyRef, cdrId: string): AggregateRef => ({
  stream: STREAMS.CDR,
  aggregate: CDR_AGGREGATES.receivedCdr,
  id: receivedObjectKey(receiver, owner, cdrId),
});

export const ownTariffBehaviour: AggregateBehaviour<OwnTariffState> = { initial: initialOwnTariff, evolve: evolveOwnTariff };
export const receivedObjectBehaviour: AggregateBehaviour<ReceivedObjectState> = { initial: initialReceivedObject, evolve: evolveReceivedObject };
export const cpoSessionBehaviour: AggregateBehaviour<CpoSessionState> = { initial: initialCpoSession, evolve: evolveCpoSession };
export const cpoCdrBehaviour: AggregateBehaviour<CpoCdrState> = { initial: initialCpoCdr, evolve: evolveCpoCdr };

/** The current state of an aggregate, for a decision that needs it before its command runs (e.g. to prepare vault data). */
export async function loadState<TState>(store: EventStore, ref: AggregateRef, behaviour: AggregateBehaviour<TState>): Promise<TState> {
  const { events } = await store.load(ref);
  return events.reduce((state, stored) => behaviour.evolve(state, stored.envelope), behaviour.initial);
}
