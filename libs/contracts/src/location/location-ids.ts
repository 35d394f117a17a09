/** A party by its OCPI country code and party id (CiStrings: compared upper-case). */
export interface LocationPartyRef {
  countryCode: string;
  partyId: string;
}

export const LOCATION_CONTEXT = 'location';

/** Locations of the CPOs hosted here (their Sender interface): one aggregate per location. */
export const OWN_LOCATION_AGGREGATE = 'location';

/** Locations other CPOs pushed to the eMSPs hosted here (their Receiver interface): one aggregate per receiver and location. */
export const RECEIVED_LOCATION_AGGREGATE = 'received-location';

const upper = (value: string) => value.replace(/[a-z]/g, (letter) => letter.toUpperCase());
const key = (party: LocationPartyRef) => `${upper(party.countryCode)}*${upper(party.partyId)}`;

/**
 * `NL*CMX*LOC1`: country code and party id have fixed lengths, so the id stays unambiguous
 * whatever characters the location id holds. Location ids are CiStrings: upper-cased here.
 */
export const ownLocationAggregateId = (cpo: LocationPartyRef, locationId: string) => `${key(cpo)}*${upper(locationId)}`;

/** `NL*EMP*DE*CPO*LOC1`: the receiving eMSP, the owning CPO, the location id. */
export const receivedLocationAggregateId = (receiver: LocationPartyRef, owner: LocationPartyRef, locationId: string) =>
  `${key(receiver)}*${key(owner)}*${upper(locationId)}`;
