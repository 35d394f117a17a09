import type { AuthorizationStatus, IdTokenValue, TokenRef } from '@chargemesh/contracts/station';
import type { AuthorizationAnswer } from '../../gateway/ports';
import type { HandlerContext } from '../message-handler';

export interface CheckedToken {
  readonly token: TokenRef;
  readonly answer: AuthorizationAnswer;
}

/**
 * Asks the token authority about a token (it falls back to the local list) and gets the token's
 * reference for the events. 2.0.1 NoAuthorization tokens need no authorisation (C01: the idToken is
 * empty), so they are accepted without asking anyone.
 */
export async function checkToken(context: HandlerContext, idToken: IdTokenValue, purpose: 'authorize' | 'start' | 'stop' | 'update', evseId?: number): Promise<CheckedToken> {
  const { session, ports } = context;
  const tokenPromise = ports.tokenRefs.refOf(idToken);
  const answer: AuthorizationAnswer =
    idToken.type === 'NoAuthorization'
      ? { status: 'Accepted', source: 'not-required' }
      : await ports.tokenAuthority.authorize({ stationId: session.stationId, party: session.party, ocppVersion: session.version, idToken, purpose, ...(evseId !== undefined ? { evseId } : {}) });
  return { token: await tokenPromise, answer };
}

const V16_STATUSES: ReadonlySet<AuthorizationStatus> = new Set(['Accepted', 'Blocked', 'Expired', 'Invalid', 'ConcurrentTx']);

/** 1.6 knows five statuses; 2.0.1's finer refusals (NoCredit, NotAtThisTime, Unknown, …) are Invalid there. */
export function statusForVersion(version: '1.6' | '2.0.1', status: AuthorizationStatus): AuthorizationStatus {
  return version === '1.6' && !V16_STATUSES.has(status) ? 'Invalid' : status;
}

/** 1.6 IdTagInfo. */
export function idTagInfoOf(answer: AuthorizationAnswer) {
  return {
    status: statusForVersion('1.6', answer.status),
    ...(answer.expiresAt ? { expiryDate: answer.expiresAt } : {}),
    ...(answer.groupIdToken ? { parentIdTag: answer.groupIdToken.value.slice(0, 20) } : {}),
  };
}

/** 2.0.1 IdTokenInfoType. */
export function idTokenInfoOf(answer: AuthorizationAnswer) {
  return {
    status: answer.status,
    ...(answer.expiresAt ? { cacheExpiryDateTime: answer.expiresAt } : {}),
    ...(answer.groupIdToken ? { groupIdToken: { idToken: answer.groupIdToken.value, type: answer.groupIdToken.type ?? 'Central' } } : {}),
  };
}
