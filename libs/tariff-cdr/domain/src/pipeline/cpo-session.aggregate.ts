import { type EventEnvelope, matchEvent } from '@chargemesh/contracts/envelope';
import type { CdrReceiver, CdrTokenRef } from '@chargemesh/contracts/cdr';
import { ChargingSessionCompletedV1, ChargingSessionStartedV1, ChargingSessionTokenResolvedV1, ChargingSessionUpdatedV1 } from '@chargemesh/contracts/session';
import type { SessionContext } from './priced-session';

/** A hosted CPO's session as its events tell it. */
export interface CpoSessionState {
  started: boolean;
  completed: boolean;
  context?: SessionContext;
  stationId?: string;
  transactionId?: string;
  session?: Record<string, unknown>;
  receiver?: CdrReceiver;
  cdrToken?: CdrTokenRef;
  stationTokenRef?: string;
  /** The STATION stream position the session reflects. */
  stationSeq: number;
}

export const initialCpoSession: CpoSessionState = { started: false, completed: false, stationSeq: 0 };

export function evolveCpoSession(state: CpoSessionState, event: EventEnvelope): CpoSessionState {
  const started = matchEvent(event, ChargingSessionStartedV1);
  if (started) {
    const data = started.data;
    const session = data.session as Record<string, string>;
    return {
      started: true,
      completed: false,
      stationId: data.stationId,
      transactionId: data.transactionId,
      session: data.session,
      receiver: data.receiver,
      ...(data.cdrToken ? { cdrToken: data.cdrToken } : {}),
      ...(data.stationTokenRef ? { stationTokenRef: data.stationTokenRef } : {}),
      stationSeq: data.stationSeq,
      context: {
        cpo: data.cpo,
        sessionId: data.sessionId,
        locationId: session.location_id,
        evseUid: session.evse_uid,
        connectorId: session.connector_id,
        timeZone: data.timeZone,
        ...(data.tariff ? { tariff: data.tariff } : {}),
        currency: session.currency,
        authMethod: session.auth_method as SessionContext['authMethod'],
        ...(session.authorization_reference ? { authorizationReference: session.authorization_reference } : {}),
        cdrLocation: data.cdrLocation,
      },
    };
  }
  const updated = matchEvent(event, ChargingSessionUpdatedV1) ?? matchEvent(event, ChargingSessionCompletedV1);
  if (updated) {
    return { ...state, session: updated.data.session, stationSeq: updated.data.stationSeq, completed: state.completed || event.type.startsWith('ChargingSessionCompleted.') };
  }
  const resolved = matchEvent(event, ChargingSessionTokenResolvedV1);
  if (resolved) return { ...state, cdrToken: resolved.data.cdrToken, receiver: resolved.data.receiver };
  return state;
}
