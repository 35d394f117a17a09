import { pending, type PendingEvent } from '@chargemesh/contracts/envelope';
import type { CdrTokenRef } from '@chargemesh/contracts/cdr';
import { ReceivedSessionStoredV1 } from '@chargemesh/contracts/session';
import type { PartyRef } from '@chargemesh/contracts/tariff';
import { mergeSessionPatch, type Session, type SessionPatch, sessionPatchSchema, sessionSchema } from '@chargemesh/protocol-ocpi';
import { sameContent } from '../shared/canonical-digest';
import { invalidObject, notFound, parseOcpi } from '../shared/module-errors';
import { describeParty } from '../shared/party';
import type { OcpiCdrToken } from '../shared/personal-token';
import { checkBodyMatchesUrl, checkSenderOwns, objectAddressOf, type ObjectAddress } from './client-owned';
import type { ReceivedObjectState } from './received-object';

/** A Session without its cdr_token: what the events and projections hold. */
export type SessionWithoutToken = Omit<Session, 'cdr_token'>;

const withoutToken = (session: Session): SessionWithoutToken => {
  const { cdr_token: _token, ...rest } = session;
  return rest;
};

/** PUT {sessions}/{country_code}/{party_id}/{session_id}: owner, schema and ids checked. */
export function prepareSessionPut(from: PartyRef, path: readonly string[], body: unknown): { address: ObjectAddress; session: SessionWithoutToken; cdrToken: OcpiCdrToken } {
  const address = objectAddressOf(path, 'session');
  checkSenderOwns(from, address);
  const session = parseOcpi(sessionSchema, body, 'Session');
  checkBodyMatchesUrl(address, session);
  return { address, session: withoutToken(session), cdrToken: session.cdr_token };
}

/** PATCH: only the fields to change, always with last_updated (mod_sessions_patch_method; 2001 otherwise). */
export function prepareSessionPatch(from: PartyRef, path: readonly string[], body: unknown): { address: ObjectAddress; patch: SessionPatch } {
  const address = objectAddressOf(path, 'session');
  checkSenderOwns(from, address);
  const patch = parseOcpi(sessionPatchSchema, body, 'Session PATCH');
  checkBodyMatchesUrl(address, patch);
  return { address, patch };
}

/**
 * Applies a PATCH to the stored session (charging_periods appended, the rest replaced) and checks
 * that the result is still a valid Session; a PATCH of an unknown session is 404 (the sender then PUTs).
 */
export function applySessionPatch(state: ReceivedObjectState, receiver: PartyRef, address: ObjectAddress, patch: SessionPatch, storedToken: OcpiCdrToken | undefined): { session: SessionWithoutToken; cdrToken: OcpiCdrToken } {
  if (!state.exists || !state.object) throw notFound(`no session ${address.id} of ${describeParty(address.owner)} is stored for ${describeParty(receiver)}; PUT it first`);
  const current = { ...(state.object as SessionWithoutToken), cdr_token: storedToken } as Session;
  const merged = mergeSessionPatch(current, patch);
  if (!merged.cdr_token) throw invalidObject('the stored session has no readable cdr_token any more (erased); PUT the whole session');
  const checked = sessionSchema.safeParse(merged);
  if (!checked.success) throw invalidObject(`the PATCH would make the session invalid: ${checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  return { session: withoutToken(checked.data), cdrToken: checked.data.cdr_token };
}

export function decideStoreReceivedSession(
  state: ReceivedObjectState,
  input: { receiver: PartyRef; address: ObjectAddress; method: 'PUT' | 'PATCH'; session: SessionWithoutToken; cdrToken: CdrTokenRef },
): { events: PendingEvent[]; created: boolean } {
  if (state.exists && sameContent(state.object, input.session) && sameContent(state.cdrToken, input.cdrToken)) return { events: [], created: false };
  const event = pending(ReceivedSessionStoredV1, {
    receiver: input.receiver,
    owner: input.address.owner,
    sessionId: input.address.id,
    method: input.method,
    session: input.session as unknown as Record<string, unknown>,
    cdrToken: input.cdrToken,
  });
  return { events: [event], created: !state.exists };
}
