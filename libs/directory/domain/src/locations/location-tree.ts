import type { Connector, Evse, Location } from '@chargemesh/protocol-ocpi';
import { ciEquals, mergePatch, parseOcpiDateTime } from '@chargemesh/protocol-ocpi';

/** Which object of a Location a push or a read addresses: the Location itself, one EVSE, or one Connector. */
export interface LocationTarget {
  evseUid?: string;
  connectorId?: string;
}

/** One change to a Location tree: a whole object (PUT) or the changed fields of one (PATCH), already validated. */
export interface LocationChange extends LocationTarget {
  method: 'PUT' | 'PATCH';
  object: Record<string, unknown>;
}

export const levelOf = (target: LocationTarget): 'location' | 'evse' | 'connector' =>
  target.connectorId !== undefined ? 'connector' : target.evseUid !== undefined ? 'evse' : 'location';

export const findEvse = (location: Location, uid: string): Evse | undefined => location.evses?.find((evse) => ciEquals(evse.uid, uid));
export const findConnector = (evse: Evse, id: string): Connector | undefined => evse.connectors.find((connector) => ciEquals(connector.id, id));

/** The object a target names inside a location, or undefined when it is not there. */
export function objectAt(location: Location, target: LocationTarget): Location | Evse | Connector | undefined {
  if (target.evseUid === undefined) return location;
  const evse = findEvse(location, target.evseUid);
  if (!evse || target.connectorId === undefined) return evse;
  return findConnector(evse, target.connectorId);
}

const time = (value: string) => parseOcpiDateTime(value).getTime();

/** The later of two OCPI DateTimes: a parent never goes back in time because an older child arrived. */
export const laterOf = (left: string, right: string) => (time(right) > time(left) ? right : left);

/**
 * Applies a change to a Location (undefined when none is held yet; only a Location PUT may then
 * apply). Parents take the child's last_updated, as mod_locations_put_method and
 * mod_locations_patch_method require, so that date_from/date_to find a location whose EVSE or
 * connector changed. Callers check that the target exists first; here a missing target throws.
 */
export function applyLocationChange(current: Location | undefined, change: LocationChange): Location {
  const level = levelOf(change);
  if (level === 'location') {
    if (change.method === 'PUT') return change.object as unknown as Location;
    if (!current) throw new Error('a PATCH needs a location');
    return mergePatch(current, change.object as Partial<Location>);
  }
  if (!current) throw new Error(`a ${level} change needs a location`);
  const evseUid = change.evseUid as string;
  const existing = findEvse(current, evseUid);
  let evse: Evse;
  if (level === 'evse') {
    if (change.method === 'PUT') evse = change.object as unknown as Evse;
    else if (existing) evse = mergePatch(existing, change.object as Partial<Evse>);
    else throw new Error(`no EVSE ${evseUid}`);
  } else {
    if (!existing) throw new Error(`no EVSE ${evseUid}`);
    evse = { ...existing, connectors: applyConnectorChange(existing, change) };
    evse.last_updated = laterOf(existing.last_updated, lastUpdatedOf(change));
  }
  const evses = existing
    ? (current.evses ?? []).map((candidate) => (candidate === existing ? evse : candidate))
    : [...(current.evses ?? []), evse];
  return { ...current, evses, last_updated: laterOf(current.last_updated, evse.last_updated) };
}

function applyConnectorChange(evse: Evse, change: LocationChange): Evse['connectors'] {
  const connectorId = change.connectorId as string;
  const existing = findConnector(evse, connectorId);
  if (change.method === 'PUT') {
    const connector = change.object as unknown as Connector;
    return existing ? evse.connectors.map((candidate) => (candidate === existing ? connector : candidate)) : [...evse.connectors, connector];
  }
  if (!existing) throw new Error(`no connector ${connectorId}`);
  const patched = mergePatch(existing, change.object as Partial<Connector>);
  return evse.connectors.map((candidate) => (candidate === existing ? patched : candidate));
}

const lastUpdatedOf = (change: LocationChange): string => change.object['last_updated'] as string;
