import { type EventEnvelope, matchEvent } from '@chargemesh/contracts/envelope';
import { EvseSavedV1, EvseStatusChangedV1, LocationSavedV1 } from '@chargemesh/contracts/location';

/** A push to the Receiver interface of the eMSPs: the path below their locations endpoint, the method and the body. */
export interface LocationPush {
  cpo: { countryCode: string; partyId: string };
  method: 'PUT' | 'PATCH';
  path: string[];
  body: Record<string, unknown>;
}

/**
 * What eMSPs are sent when a hosted CPO's location changes (mod_locations_flow_and_lifecycle):
 * a saved location is PUT whole, a saved EVSE is PUT, and a status change is the PATCH the spec
 * calls the most common update. Station links never leave the directory.
 */
export function locationPushOf(event: EventEnvelope): LocationPush | undefined {
  const saved = matchEvent(event, LocationSavedV1);
  if (saved) {
    const { countryCode, partyId, location } = saved.data;
    return { cpo: { countryCode, partyId }, method: 'PUT', path: [countryCode, partyId, location['id'] as string], body: location };
  }
  const evse = matchEvent(event, EvseSavedV1);
  if (evse) {
    const { countryCode, partyId, locationId } = evse.data;
    return { cpo: { countryCode, partyId }, method: 'PUT', path: [countryCode, partyId, locationId, evse.data.evse['uid'] as string], body: evse.data.evse };
  }
  const status = matchEvent(event, EvseStatusChangedV1);
  if (status) {
    const { countryCode, partyId, locationId, evseUid } = status.data;
    return { cpo: { countryCode, partyId }, method: 'PATCH', path: [countryCode, partyId, locationId, evseUid], body: { status: status.data.status, last_updated: status.data.lastUpdated } };
  }
  return undefined;
}
