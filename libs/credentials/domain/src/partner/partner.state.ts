import type { PartnerConnection, PartnerRole, PartnerState, RegistrationDirection } from '@chargemesh/contracts/credential';

/** What decisions about a partner are taken on: its place in the handshake, never its tokens. */
export interface PartnerSnapshot {
  platformId: string;
  status: PartnerState;
  connection: PartnerConnection;
  direction?: RegistrationDirection;
  roles: PartnerRole[];
}

/** A party another registered partner already claims, for the double-claim check. */
export interface ClaimedParty {
  platformId: string;
  countryCode: string;
  partyId: string;
  role: string;
}
