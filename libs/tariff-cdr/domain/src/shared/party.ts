import type { PartyRef } from '@chargemesh/contracts/tariff';

/** CiStrings are ASCII: upper-case only ASCII letters (no locale rules). */
export const asciiUpper = (value: string): string => value.replace(/[a-z]/g, (letter) => letter.toUpperCase());

export const normalParty = (party: PartyRef): PartyRef => ({ countryCode: asciiUpper(party.countryCode), partyId: asciiUpper(party.partyId) });

export const sameParty = (left: PartyRef, right: PartyRef): boolean =>
  asciiUpper(left.countryCode) === asciiUpper(right.countryCode) && asciiUpper(left.partyId) === asciiUpper(right.partyId);

export const describeParty = (party: PartyRef): string => `${asciiUpper(party.countryCode)}*${asciiUpper(party.partyId)}`;

/** The owner named by an OCPI object's country_code and party_id. */
export const ownerOfObject = (object: { country_code: string; party_id: string }): PartyRef => ({ countryCode: object.country_code, partyId: object.party_id });
