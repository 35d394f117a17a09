/*
 * Party identity. country_code and party_id are CiStrings, so they compare case-insensitively
 * (types_cistring_type; transport_and_format_message_routing).
 */

export interface PartyRef {
  countryCode: string;
  partyId: string;
}

/** Upper-cases ASCII letters only: CiStrings are ASCII, and locale rules (Turkish dotless i) must not create matches. */
export const asciiUpperCase = (value: string): string => value.replace(/[a-z]/g, (letter) => letter.toUpperCase());

/** Case-insensitive equality of two CiStrings. */
export const ciEquals = (left: string, right: string): boolean => asciiUpperCase(left) === asciiUpperCase(right);

export const sameParty = (left: PartyRef, right: PartyRef): boolean =>
  ciEquals(left.countryCode, right.countryCode) && ciEquals(left.partyId, right.partyId);

/** The canonical upper-case form of a party. */
export const normalizeParty = (party: PartyRef): PartyRef => ({
  countryCode: asciiUpperCase(party.countryCode),
  partyId: asciiUpperCase(party.partyId),
});

/** A stable key such as `NL*TNM`, usable in maps and as an aggregate id. */
export const partyKey = (party: PartyRef): string =>
  `${asciiUpperCase(party.countryCode)}*${asciiUpperCase(party.partyId)}`;

/** The owner of an OCPI object, read from its `country_code` and `party_id`. */
export const ownerOf = (object: { country_code: string; party_id: string }): PartyRef => ({
  countryCode: object.country_code,
  partyId: object.party_id,
});

/** Whether a party is one of the roles a platform registered in its credentials (CredentialsRole list). */
export const isRegisteredParty = (
  party: PartyRef,
  roles: ReadonlyArray<{ country_code: string; party_id: string }>,
): boolean => roles.some((role) => sameParty(party, ownerOf(role)));
