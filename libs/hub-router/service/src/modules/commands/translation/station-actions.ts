import type { StationOcppVersion } from '@chargemesh/contracts/station';
import type { Token } from '@chargemesh/protocol-ocpi';
import type { StationTarget } from '../../shared/evse-target';

/** An OCPP action of the station's version with its payload, or why the command cannot be expressed in it. */
export type StationAction = { action: string; payload: Record<string, unknown> } | { refusal: string };

/** OCPP 1.6 idTags are CiString20: a longer OCPI uid cannot reach a 1.6 charge point. */
const idTag = (value: string): string | undefined => (value.length <= 20 ? value : undefined);
const tooLong = (what: string) => ({ refusal: `the ${what} is longer than the 20 characters an OCPP 1.6 charge point accepts` });

/** 2.0.1 IdToken of an OCPI token: RFID cards are ISO14443, app and other tokens Central. */
export const idTokenOf = (token: Pick<Token, 'uid' | 'type'>) => ({ idToken: token.uid, type: token.type === 'RFID' ? 'ISO14443' : 'Central' });

/** START_SESSION: 1.6 RemoteStartTransaction (connector = EVSE), 2.0.1 RequestStartTransaction with our remoteStartId. */
export function startSessionAction(version: StationOcppVersion, target: StationTarget, token: Token, remoteStartId: number): StationAction {
  if (version === '1.6') {
    const tag = idTag(token.uid);
    if (!tag) return tooLong('token uid');
    return { action: 'RemoteStartTransaction', payload: { ...(target.evseId !== undefined ? { connectorId: target.evseId } : {}), idTag: tag } };
  }
  return {
    action: 'RequestStartTransaction',
    payload: {
      ...(target.evseId !== undefined ? { evseId: target.evseId } : {}),
      remoteStartId,
      idToken: idTokenOf(token),
      ...(token.group_id ? { groupIdToken: { idToken: token.group_id, type: 'Central' } } : {}),
    },
  };
}

/** STOP_SESSION: the station transaction behind the OCPI session (1.6 transaction ids are integers). */
export function stopSessionAction(version: StationOcppVersion, transactionId: string): StationAction {
  if (version === '2.0.1') return { action: 'RequestStopTransaction', payload: { transactionId } };
  if (!/^-?[0-9]{1,10}$/.test(transactionId)) return { refusal: `transaction ${transactionId} is not an OCPP 1.6 transaction id` };
  return { action: 'RemoteStopTransaction', payload: { transactionId: Number(transactionId) } };
}

/** RESERVE_NOW with the OCPP reservation id we keep for the eMSP's reservation_id (never theirs: spec). */
export function reserveNowAction(version: StationOcppVersion, target: StationTarget, token: Token, expiry: string, reservationId: number): StationAction {
  if (version === '1.6') {
    const tag = idTag(token.uid);
    if (!tag) return tooLong('token uid');
    const parent = token.group_id ? idTag(token.group_id) : undefined;
    return { action: 'ReserveNow', payload: { connectorId: target.evseId ?? 0, expiryDate: expiry, idTag: tag, reservationId, ...(parent ? { parentIdTag: parent } : {}) } };
  }
  return {
    action: 'ReserveNow',
    payload: {
      id: reservationId,
      expiryDateTime: expiry,
      idToken: idTokenOf(token),
      ...(target.evseId !== undefined ? { evseId: target.evseId } : {}),
      ...(token.group_id ? { groupIdToken: { idToken: token.group_id, type: 'Central' } } : {}),
    },
  };
}

export function cancelReservationAction(reservationId: number): StationAction {
  return { action: 'CancelReservation', payload: { reservationId } };
}

/** UNLOCK_CONNECTOR: 1.6 names the connector by the EVSE (one connector each), 2.0.1 both. */
export function unlockConnectorAction(version: StationOcppVersion, target: StationTarget): StationAction {
  if (target.evseId === undefined) return { refusal: 'unlocking needs an EVSE' };
  if (version === '1.6') return { action: 'UnlockConnector', payload: { connectorId: target.evseId } };
  return { action: 'UnlockConnector', payload: { evseId: target.evseId, connectorId: target.connectorId ?? 1 } };
}
