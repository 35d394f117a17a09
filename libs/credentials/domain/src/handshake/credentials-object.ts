import { CodedError } from '@chargemesh/contracts/envelope';
import { CREDENTIALS_ERRORS, type PartnerRole } from '@chargemesh/contracts/credential';
import type { PartyView } from '@chargemesh/contracts/party';
import { asciiUpperCase, type Credentials, credentialsSchema, validateOcpi } from '@chargemesh/protocol-ocpi';
import type { ClaimedParty } from '../partner/partner.state';

/** Reads a partner's Credentials object; any problem is OCPI 2001 with each field named. */
export function parsePartnerCredentials(input: unknown): Credentials {
  const result = validateOcpi(credentialsSchema, input, { nullAsAbsent: true });
  if (!result.success) throw new CodedError(CREDENTIALS_ERRORS.invalidCredentials, `invalid credentials object: ${result.message}`);
  return result.data;
}

/** The partner's roles as we keep them: camel-cased, ids upper-cased (CiString), without the logo. */
export function partnerRolesOf(credentials: Credentials): PartnerRole[] {
  return credentials.roles.map((role) => ({
    countryCode: asciiUpperCase(role.country_code),
    partyId: asciiUpperCase(role.party_id),
    role: role.role,
    businessDetails: { name: role.business_details.name, ...(role.business_details.website ? { website: role.business_details.website } : {}) },
  }));
}

/**
 * OCPI authenticates platforms, not parties (ocpi/ocpi#509): a platform could list any party in
 * its roles. We refuse a claim on a party hosted here, or on a party and role another registered
 * partner already claims, so that the routing table never has two direct owners for one party.
 */
export function assertPartyClaimsAllowed(roles: readonly PartnerRole[], hosted: readonly Pick<PartyView, 'countryCode' | 'partyId'>[], claimedElsewhere: readonly ClaimedParty[]): void {
  const problems: string[] = [];
  for (const role of roles) {
    const key = `${role.countryCode}*${role.partyId}`;
    if (hosted.some((party) => party.countryCode === role.countryCode && party.partyId === role.partyId)) problems.push(`${key} is a party hosted on this platform`);
    if (claimedElsewhere.some((claim) => claim.countryCode === role.countryCode && claim.partyId === role.partyId && claim.role === role.role)) {
      problems.push(`${key} (${role.role}) is already registered by another platform`);
    }
  }
  if (problems.length) throw new CodedError(CREDENTIALS_ERRORS.partyConflict, `roles refused: ${problems.join('; ')}`);
}

/** Our CredentialsRole list: every role of every party hosted here ("a platform lists all the roles it hosts"). */
export function ourCredentialsRoles(hosted: readonly PartyView[]) {
  const roles = hosted.flatMap((party) =>
    party.roles.map((entry) => ({
      role: entry.role,
      business_details: entry.businessDetails,
      party_id: party.partyId,
      country_code: party.countryCode,
    })),
  );
  if (roles.length === 0) {
    throw new CodedError(CREDENTIALS_ERRORS.noHostedParties, 'this platform hosts no party yet: add a hosted party before exchanging credentials');
  }
  return roles;
}
