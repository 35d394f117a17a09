import { STREAMS } from '@chargemesh/contracts/envelope';
import { OICP_AGGREGATES, OicpPeerRemovedV1 } from '@chargemesh/contracts/oicp';
import {
  type CpoSessionState,
  type EmpSessionState,
  evolveCpoSession,
  evolveEmpSession,
  evolveIdentity,
  type IdentityState,
  initialCpoSessionState,
  initialEmpSessionState,
  initialIdentityState,
} from '@chargemesh/oicp-peer-domain';
import type { AggregateBehaviour, AggregateRef } from '@chargemesh/platform-messaging';

/** Aggregates of the OICP stream: refs (stream, type, id) and how their state folds. */
export const oicpRef = (aggregate: (typeof OICP_AGGREGATES)[keyof typeof OICP_AGGREGATES], id: string): AggregateRef => ({ stream: STREAMS.OICP, aggregate, id });

export const identityBehaviour: AggregateBehaviour<IdentityState> = { initial: initialIdentityState, evolve: evolveIdentity };
export const cpoSessionBehaviour: AggregateBehaviour<CpoSessionState> = { initial: initialCpoSessionState, evolve: evolveCpoSession };
export const empSessionBehaviour: AggregateBehaviour<EmpSessionState> = { initial: initialEmpSessionState, evolve: evolveEmpSession };

/** Whether a peer is registered now: a removal ends its registration, a new one may follow. */
export const peerBehaviour: AggregateBehaviour<boolean> = { initial: false, evolve: (_registered, envelope) => envelope.type !== OicpPeerRemovedV1.name };
