import { type OcpiEvseStatus, ocppConnectorIds, type StationLink } from '@chargemesh/contracts/location';
import type { ConnectorStatus } from '@chargemesh/contracts/station';
import type { Evse } from '@chargemesh/protocol-ocpi';

/**
 * Statuses an admin sets that a station cannot know: a removed or planned EVSE, or one blocked
 * (by a parked car, say). Station reports do not override them.
 */
export const ADMIN_HELD_STATUSES: ReadonlySet<OcpiEvseStatus> = new Set(['REMOVED', 'PLANNED', 'BLOCKED']);

/**
 * The OCPI status of an EVSE from its station's connectors (OCPP 2.0.1 ConnectorStatusEnumType,
 * which the gateway also uses for 1.6). An EVSE charges one EV at a time: one occupied connector
 * makes it CHARGING. `stationWide` is the status of EVSE 0 (the whole station), which, when
 * Unavailable or Faulted, holds for every EVSE. No report at all: UNKNOWN.
 */
export function evseStatusOfConnectors(connectors: readonly ConnectorStatus[], stationWide?: ConnectorStatus): OcpiEvseStatus {
  if (stationWide === 'Faulted') return 'OUTOFORDER';
  if (stationWide === 'Unavailable') return 'INOPERATIVE';
  if (connectors.length === 0) return 'UNKNOWN';
  if (connectors.includes('Occupied')) return 'CHARGING';
  if (connectors.includes('Reserved')) return 'RESERVED';
  if (connectors.includes('Available')) return 'AVAILABLE';
  if (connectors.every((status) => status === 'Faulted')) return 'OUTOFORDER';
  return 'INOPERATIVE';
}

/** The status an EVSE shows: the admin's when it is one a station cannot know or no station has reported yet; else the station's. */
export function effectiveEvseStatus(adminStatus: OcpiEvseStatus, stationStatus: OcpiEvseStatus | undefined): OcpiEvseStatus {
  if (ADMIN_HELD_STATUSES.has(adminStatus) || stationStatus === undefined || stationStatus === 'UNKNOWN') return adminStatus;
  return stationStatus;
}

/** The OCPI connector behind an OCPP connector id of a linked EVSE; the only connector when the id is not given. */
export function ocpiConnectorOf<T extends Pick<Evse, 'connectors'>>(evse: T, link: StationLink, ocppConnectorId: number | undefined): T['connectors'][number] | undefined {
  if (ocppConnectorId === undefined) return evse.connectors.length === 1 ? evse.connectors[0] : undefined;
  const ids = ocppConnectorIds(evse.connectors.map((connector) => connector.id), link);
  return evse.connectors.find((connector) => ids.get(connector.id) === ocppConnectorId);
}
