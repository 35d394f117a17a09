import { CodedError } from '@chargemesh/contracts/envelope';
import type { OcpiTokenType } from '@chargemesh/contracts/token';
import { ciEquals, formatOcpiDateTime, mergePatch, normalizeParty, type PartyRef, parseOcpiDateTime, sameParty, type Token, tokenPatchSchema, tokenSchema, validateOcpi } from '@chargemesh/protocol-ocpi';
import { sameJson } from '../locations/same-json';
import { TOKEN_REFUSALS } from './token-errors';

/** A push to the Tokens Receiver of a CPO hosted here (mod_tokens_put_method, mod_tokens_patch_method). */
export interface ReceivedTokenPush {
  sender: PartyRef;
  senderIsHub: boolean;
  /** country_code and party_id from the URL. */
  owner: PartyRef;
  uid: string;
  /** The token's type: the `type` query parameter, else (PUT) the body's, else RFID. */
  type: OcpiTokenType;
  /** Whether the URL named the type: only then must the body agree with it. */
  typeInUrl: boolean;
  method: 'PUT' | 'PATCH';
  body: unknown;
}

export type TokenDecision = { kind: 'store'; token: Token; created: boolean } | { kind: 'unchanged'; created: false };

const refuse = (code: string, message: string): never => {
  throw new CodedError(code, message);
};

/**
 * Decides a token push against the token as held (undefined: none yet). The URL names the owner,
 * who must be the sender (unless a Hub relays a Broadcast Push); uid and type in the URL and body
 * must agree (2001); a PATCH needs last_updated and a token to patch; the result must be a valid
 * Token. A repeated push or one older than what is held changes nothing.
 */
export function decideReceivedTokenPush(current: Token | undefined, push: ReceivedTokenPush): TokenDecision {
  if (!push.senderIsHub && !sameParty(push.owner, push.sender)) {
    refuse(TOKEN_REFUSALS.notOwner, `the URL names ${push.owner.countryCode}*${push.owner.partyId}, but the sender is ${push.sender.countryCode}*${push.sender.partyId}: tokens are pushed by their eMSP`);
  }
  const validated = validateOcpi(push.method === 'PUT' ? tokenSchema : tokenPatchSchema, push.body, { nullAsAbsent: true });
  if (!validated.success) refuse(TOKEN_REFUSALS.invalid, validated.message);
  const body = (validated as { data: Partial<Token> & { last_updated: string } }).data;
  const mismatches: string[] = [];
  if (body.country_code !== undefined && !ciEquals(body.country_code, push.owner.countryCode)) mismatches.push(`country_code in the body (${body.country_code}) differs from the URL (${push.owner.countryCode})`);
  if (body.party_id !== undefined && !ciEquals(body.party_id, push.owner.partyId)) mismatches.push(`party_id in the body (${body.party_id}) differs from the URL (${push.owner.partyId})`);
  if (body.uid !== undefined && !ciEquals(body.uid, push.uid)) mismatches.push(`uid in the body (${body.uid}) differs from token_uid in the URL (${push.uid})`);
  if (push.typeInUrl && body.type !== undefined && body.type !== push.type) mismatches.push(`type in the body (${body.type}) differs from the type parameter (${push.type})`);
  if (mismatches.length) refuse(TOKEN_REFUSALS.idMismatch, mismatches.join('; '));
  if (push.method === 'PATCH' && !current) refuse(TOKEN_REFUSALS.notFound, `token ${push.uid} (${push.type}) of ${push.owner.countryCode}*${push.owner.partyId} is unknown here; PUT it first`);
  return decideTokenUpdate(current, push.method === 'PUT' ? (body as Token) : mergePatch(current as Token, body));
}

/** A START_SESSION/RESERVE_NOW token updates the held copy like a PUT would, if it is not older. */
export function decideCommandToken(current: Token | undefined, emsp: PartyRef, token: unknown): TokenDecision {
  const validated = validateOcpi(tokenSchema, token, { nullAsAbsent: true });
  if (!validated.success) refuse(TOKEN_REFUSALS.invalid, `token: ${validated.message}`);
  const checked = (validated as { data: Token }).data;
  if (!sameParty(emsp, { countryCode: checked.country_code, partyId: checked.party_id })) {
    refuse(TOKEN_REFUSALS.notOwner, `an eMSP may only use its own tokens (the token belongs to ${checked.country_code}*${checked.party_id})`);
  }
  return decideTokenUpdate(current, checked);
}

function decideTokenUpdate(current: Token | undefined, next: Token): TokenDecision {
  const checked = validateOcpi(tokenSchema, next);
  if (!checked.success) refuse(TOKEN_REFUSALS.invalid, `the token would no longer be valid: ${checked.message}`);
  if (current && parseOcpiDateTime(next.last_updated).getTime() < parseOcpiDateTime(current.last_updated).getTime()) return { kind: 'unchanged', created: false };
  if (current && sameJson(current, next)) return { kind: 'unchanged', created: false };
  return { kind: 'store', token: next, created: current === undefined };
}

/* What an admin sends for a token of a hosted eMSP: the Token without owner, uid, type and last_updated. */
const adminTokenSchema = tokenSchema.omit({ country_code: true, party_id: true, uid: true, type: true, last_updated: true });

/** Creates or replaces a token of a hosted eMSP; last_updated moves only when something changed. */
export function decideSaveOwnToken(current: Token | undefined, owner: PartyRef, uid: string, type: OcpiTokenType, body: unknown, now: Date): TokenDecision {
  const validated = validateOcpi(adminTokenSchema, body, { nullAsAbsent: true });
  if (!validated.success) refuse(TOKEN_REFUSALS.invalid, validated.message);
  const { countryCode, partyId } = normalizeParty(owner);
  const fields = (validated as { data: Omit<Token, 'country_code' | 'party_id' | 'uid' | 'type' | 'last_updated'> }).data;
  const candidate = { country_code: countryCode, party_id: partyId, uid: current?.uid ?? uid, type, ...fields };
  if (current && sameJson({ ...current, last_updated: undefined }, candidate)) return { kind: 'unchanged', created: false };
  return { kind: 'store', token: { ...candidate, last_updated: formatOcpiDateTime(now) } as Token, created: current === undefined };
}
