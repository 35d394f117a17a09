import { assertNamespace, commandSubject } from '../envelope/naming';
import { encodeSubjectToken } from '../envelope/subject-token';

export const STATION_CONTEXT = 'station';
/** One aggregate per charging station; its id is the station identity from the OCPP URL. */
export const STATION_AGGREGATE = 'station';
/** One aggregate per entry of the gateway's local authorisation list; its id is the token reference. */
export const LOCAL_AUTHORIZATION_AGGREGATE = 'local-authorization';
/** Queries and admin commands of the gateway: `<ns>.cmd.station-gateway.<action>`. */
export const STATION_GATEWAY_SERVICE = 'station-gateway';
/** The real-time authorisation hook, served by whoever knows the tokens (OCPI, OICP). */
export const TOKEN_AUTHORITY_SERVICE = 'token-authority';

/**
 * `<ns>.cmd.station.<encodedId>`: commands to one connected station, subscribed by the gateway
 * instance that holds its socket. "No responders" means the station is not connected anywhere.
 */
export function stationCommandSubject(namespace: string, stationId: string): string {
  return commandSubject(namespace, 'station', encodeSubjectToken(stationId));
}

/** `<ns>.audit-ocpp.<encodedId>.<in|out>`: raw frames, captured by the capped OCPP_AUDIT stream. */
export function ocppAuditSubject(namespace: string, stationId: string, direction: 'in' | 'out'): string {
  return `${assertNamespace(namespace)}.audit-ocpp.${encodeSubjectToken(stationId)}.${direction}`;
}

/**
 * `<ns>.gateway.station-connected.<encodedId>`: core NATS notice that a gateway instance now holds
 * the station's socket; any other instance holding an older socket for it closes that socket.
 */
export function stationConnectedNoticeSubject(namespace: string, stationId?: string): string {
  return `${assertNamespace(namespace)}.gateway.station-connected.${stationId === undefined ? '*' : encodeSubjectToken(stationId)}`;
}
