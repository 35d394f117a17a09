import { pending, type PendingEvent } from '@chargemesh/contracts/envelope';
import { CodedError } from '@chargemesh/contracts/envelope';
import type { CdrTokenRef } from '@chargemesh/contracts/cdr';
import { ReceivedCdrStoredV1 } from '@chargemesh/contracts/cdr';
import { type PartyRef, TARIFF_CDR_ERRORS } from '@chargemesh/contracts/tariff';
import { type Cdr, cdrSchema } from '@chargemesh/protocol-ocpi';
import { contentDigest } from '../shared/canonical-digest';
import { parseOcpi } from '../shared/module-errors';
import { describeParty, ownerOfObject, sameParty } from '../shared/party';
import type { OcpiCdrToken } from '../shared/personal-token';
import type { ReceivedObjectState } from './received-object';

export type CdrWithoutToken = Omit<Cdr, 'cdr_token'>;

/** POST {cdrs}: the full, final CDR of the sender (mod_cdrs_post_method); its owner must be the sender. */
export function prepareCdrPost(from: PartyRef, body: unknown): { owner: PartyRef; cdr: CdrWithoutToken; cdrToken: OcpiCdrToken; digest: string } {
  const parsed = parseOcpi(cdrSchema, body, 'CDR');
  const owner = ownerOfObject(parsed);
  if (!sameParty(owner, from)) {
    throw new CodedError(TARIFF_CDR_ERRORS.idMismatch, `the CDR belongs to ${describeParty(owner)}, but the request comes from ${describeParty(from)}`);
  }
  const { cdr_token: cdrToken, ...cdr } = parsed;
  // The digest leaves the token's personal fields out: digests end up in events, which are never erased.
  return { owner, cdr, cdrToken, digest: contentDigest({ ...cdr, cdr_token: { country_code: cdrToken.country_code, party_id: cdrToken.party_id, type: cdrToken.type } }) };
}

export type CdrPostOutcome = 'created' | 'duplicate';

/**
 * A CDR is never changed once sent (mod_cdrs_flow_and_lifecycle): the same CDR posted again (a
 * retry whose answer was lost) is acknowledged as it is, a different CDR under a known id is refused.
 */
export function decideStoreReceivedCdr(
  state: ReceivedObjectState,
  input: { receiver: PartyRef; owner: PartyRef; cdrId: string; cdr: CdrWithoutToken; cdrToken: CdrTokenRef; digest: string; samePersonalData: boolean },
): { events: PendingEvent[]; outcome: CdrPostOutcome } {
  if (state.exists) {
    if (state.digest === input.digest && input.samePersonalData) return { events: [], outcome: 'duplicate' };
    throw new CodedError(
      TARIFF_CDR_ERRORS.cdrExists,
      `CDR ${input.cdrId} of ${describeParty(input.owner)} already exists with other content; CDRs cannot be changed, send a credit CDR instead`,
    );
  }
  const event = pending(ReceivedCdrStoredV1, {
    receiver: input.receiver,
    owner: input.owner,
    cdrId: input.cdrId,
    cdr: input.cdr as unknown as Record<string, unknown>,
    cdrToken: input.cdrToken,
    digest: input.digest,
  });
  return { events: [event], outcome: 'created' };
}
