import { CodedError } from '@chargemesh/contracts/envelope';
import { type PartyRef, TARIFF_CDR_ERRORS } from '@chargemesh/contracts/tariff';
import { ciString, countryCodeSchema, partyIdSchema } from '@chargemesh/protocol-ocpi';
import { asciiUpper, describeParty, sameParty } from '../shared/party';

/*
 * Client Owned Objects (transport_and_format_client_owned_object_push): a Receiver URL is
 * `{url}/{country_code}/{party_id}/{object_id}`, the owner being the party that pushes.
 */

export interface ObjectAddress {
  owner: PartyRef;
  id: string;
}

const invalid = (message: string) => new CodedError(TARIFF_CDR_ERRORS.invalidParameters, message);

/** Reads `[country_code, party_id, object_id]` below the module's endpoint URL. */
export function objectAddressOf(path: readonly string[], what: string): ObjectAddress {
  if (path.length !== 3) throw invalid(`the URL must end in /{country_code}/{party_id}/{${what}_id}`);
  const [countryCode, partyId, id] = path;
  const problems = [
    countryCodeSchema.safeParse(countryCode).success ? undefined : 'country_code in the URL must be 2 letters',
    partyIdSchema.safeParse(partyId).success ? undefined : 'party_id in the URL must be 3 letters or digits',
    ciString(36).safeParse(id).success ? undefined : `${what}_id in the URL must be 1 to 36 printable ASCII characters`,
  ].filter((problem): problem is string => problem !== undefined);
  if (problems.length) throw invalid(problems.join('; '));
  return { owner: { countryCode: asciiUpper(countryCode), partyId: asciiUpper(partyId) }, id };
}

/**
 * The party in the URL must be the sender (OCPI-from): a client may only reach objects of its own
 * roles, and the spec allows answering anything else with 404 (transport_and_format_errors).
 */
export function checkSenderOwns(from: PartyRef, address: ObjectAddress): void {
  if (!sameParty(from, address.owner)) {
    throw new CodedError(TARIFF_CDR_ERRORS.notOwner, `the URL names objects of ${describeParty(address.owner)}, but the request comes from ${describeParty(from)}`);
  }
}

/**
 * URL and body must agree on the owner and the id (mod_*: "SHALL be the same value"; the id rule is
 * transport_and_format_errors): a mismatch is 2001. Fields absent from a PATCH are not compared.
 */
export function checkBodyMatchesUrl(address: ObjectAddress, body: { country_code?: string; party_id?: string; id?: string }): void {
  const problems: string[] = [];
  if (body.country_code !== undefined && asciiUpper(body.country_code) !== address.owner.countryCode) {
    problems.push(`country_code ${body.country_code} differs from ${address.owner.countryCode} in the URL`);
  }
  if (body.party_id !== undefined && asciiUpper(body.party_id) !== address.owner.partyId) {
    problems.push(`party_id ${body.party_id} differs from ${address.owner.partyId} in the URL`);
  }
  if (body.id !== undefined && asciiUpper(body.id) !== asciiUpper(address.id)) problems.push(`id ${body.id} differs from ${address.id} in the URL`);
  if (problems.length) throw new CodedError(TARIFF_CDR_ERRORS.idMismatch, problems.join('; '));
}
