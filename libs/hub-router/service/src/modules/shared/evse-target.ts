import { ocppConnectorIds, type EvseStationLink, type OwnLocationView } from '@chargemesh/contracts/location';
import { ciEquals, type Location } from '@chargemesh/protocol-ocpi';

/** The charge point a command goes to: the station, and the OCPP EVSE and connector when the command names them. */
export interface StationTarget {
  stationId: string;
  locationId: string;
  evseUid?: string;
  evseId?: number;
  connectorId?: number;
}

export type TargetResolution =
  | { kind: 'target'; target: StationTarget }
  | { kind: 'unknown'; message: string }
  | { kind: 'not-controllable'; message: string };

/**
 * Which charge point of a hosted CPO's location an OCPI command addresses. A named EVSE (and
 * connector) must exist and be linked to a station; without one the station chooses when the
 * location's linked EVSEs are all on one station, else the first available linked EVSE is taken.
 */
export function resolveTarget(view: OwnLocationView, evseUid: string | undefined, connectorId: string | undefined): TargetResolution {
  const location = view.location as unknown as Location;
  const linkOf = (uid: string): EvseStationLink | undefined => view.stationLinks.find((link) => ciEquals(link.evseUid, uid));
  if (evseUid === undefined) {
    const linked = (location.evses ?? []).filter((evse) => evse.status !== 'REMOVED' && linkOf(evse.uid));
    if (linked.length === 0) return { kind: 'not-controllable', message: `no EVSE of location ${location.id} can be controlled remotely` };
    const stations = new Set(linked.map((evse) => linkOf(evse.uid)?.stationId));
    if (stations.size === 1) return { kind: 'target', target: { stationId: [...stations][0] as string, locationId: location.id } };
    const chosen = linked.find((evse) => evse.status === 'AVAILABLE') ?? linked[0];
    const link = linkOf(chosen.uid) as EvseStationLink;
    return { kind: 'target', target: { stationId: link.stationId, locationId: location.id, evseUid: chosen.uid, evseId: link.evseId } };
  }
  const evse = (location.evses ?? []).find((candidate) => ciEquals(candidate.uid, evseUid));
  if (!evse) return { kind: 'unknown', message: `location ${location.id} has no EVSE ${evseUid}` };
  const link = linkOf(evse.uid);
  if (!link) return { kind: 'not-controllable', message: `EVSE ${evse.uid} cannot be controlled remotely` };
  const target: StationTarget = { stationId: link.stationId, locationId: location.id, evseUid: evse.uid, evseId: link.evseId };
  if (connectorId === undefined) return { kind: 'target', target };
  const connector = evse.connectors.find((candidate) => ciEquals(candidate.id, connectorId));
  if (!connector) return { kind: 'unknown', message: `EVSE ${evse.uid} has no connector ${connectorId}` };
  return { kind: 'target', target: { ...target, connectorId: ocppConnectorIds(evse.connectors.map((candidate) => candidate.id), link).get(connector.id) as number } };
}
