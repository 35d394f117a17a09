import { type EventEnvelope, matchEvent } from '@chargemesh/contracts/envelope';
import { type EvseStationLink, EvseSavedV1, EvseStatusChangedV1, LocationSavedV1 } from '@chargemesh/contracts/location';
import { ciEquals, type Location } from '@chargemesh/protocol-ocpi';
import { applyLocationChange } from './location-tree';

/** A location of a CPO hosted here: the OCPI Location as eMSPs see it, and which station EVSE each linked EVSE is. */
export interface OwnLocationState {
  location: Location;
  links: EvseStationLink[];
}

export function evolveOwnLocation(state: OwnLocationState | undefined, event: EventEnvelope): OwnLocationState | undefined {
  const saved = matchEvent(event, LocationSavedV1);
  if (saved) return { location: saved.data.location as unknown as Location, links: saved.data.stationLinks };
  if (!state) return state;
  const evseSaved = matchEvent(event, EvseSavedV1);
  if (evseSaved) {
    const { evse, stationLink } = evseSaved.data;
    const uid = evse['uid'] as string;
    const links = state.links.filter((link) => !ciEquals(link.evseUid, uid));
    return {
      location: applyLocationChange(state.location, { evseUid: uid, method: 'PUT', object: evse }),
      links: stationLink ? [...links, { ...stationLink, evseUid: uid }] : links,
    };
  }
  const status = matchEvent(event, EvseStatusChangedV1);
  if (status) {
    const { evseUid, lastUpdated } = status.data;
    return { ...state, location: applyLocationChange(state.location, { evseUid, method: 'PATCH', object: { status: status.data.status, last_updated: lastUpdated } }) };
  }
  return state;
}

export const linkOf = (state: OwnLocationState, evseUid: string): EvseStationLink | undefined => state.links.find((link) => ciEquals(link.evseUid, evseUid));
