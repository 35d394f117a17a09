/** OCPI compares country codes and party ids case-insensitively, so ids are kept upper-case. */
export function partyAggregateId(countryCode: string, partyId: string): string {
  return `${countryCode.toUpperCase()}*${partyId.toUpperCase()}`;
}

export const PARTY_CONTEXT = 'party';
export const PARTY_AGGREGATE = 'party';
export const DIRECTORY_SERVICE = 'directory';
