import type { OicpStatus } from '@chargemesh/contracts/oicp';
import { isKnownStatusCode, statusCode } from '@chargemesh/protocol-oicp';
import type { PeerCallResult } from '../peer-api/peer-client';

/**
 * The OICP status a call to a peer came to, for our own callers: the peer's status code when it gave
 * one, 310 when it did not answer in time, 320 when it could not be reached or answered nonsense.
 */
export function statusOfCall(result: PeerCallResult): OicpStatus {
  if (result.kind !== 'answered') {
    if (result.kind === 'timed-out') return statusCode('310', result.detail);
    return statusCode('320', result.kind === 'unreachable' ? `the peer could not be reached: ${result.detail}` : result.detail);
  }
  const own = (result.body as { StatusCode?: OicpStatus } | undefined)?.StatusCode;
  if (own) return own;
  if (result.code && isKnownStatusCode(result.code)) return statusCode(result.code, `HTTP ${result.httpStatus}`);
  return result.httpStatus === 200 ? statusCode('000') : statusCode('320', `HTTP ${result.httpStatus}`);
}
