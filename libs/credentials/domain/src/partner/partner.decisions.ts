import { CodedError } from '@chargemesh/contracts/envelope';
import { CREDENTIALS_ERRORS, type PartnerConnection } from '@chargemesh/contracts/credential';
import type { PartnerSnapshot } from './partner.state';

/*
 * The credentials state machine. Each guard throws a coded error that the OCPI edge maps to the
 * status the spec asks for (credentials.asciidoc): 405 for POST when registered and for PUT or
 * DELETE when not; the admin API maps the same codes to 409.
 *
 *   PENDING ──POST(A)──▶ REGISTERED ◀──PUT──┐      (inbound: the partner registers with us)
 *   REGISTERING ──our POST answered──▶ REGISTERED (outbound: we register with the partner)
 *   REGISTERED ──DELETE (either side)──▶ UNREGISTERED
 *   any but SUSPENDED ──admin──▶ SUSPENDED
 */

/** A partner's POST to our credentials endpoint. */
export function assertAcceptsRegistration(partner: PartnerSnapshot): void {
  if (partner.status !== 'PENDING') {
    throw new CodedError(CREDENTIALS_ERRORS.alreadyRegistered, 'this platform is already registered: use PUT to update its credentials');
  }
}

/** A partner's PUT or DELETE on our credentials endpoint. */
export function assertRegistered(partner: PartnerSnapshot, method: 'PUT' | 'DELETE'): void {
  if (partner.status !== 'REGISTERED') {
    throw new CodedError(CREDENTIALS_ERRORS.notRegistered, `${method} is only allowed once the platform is registered: use POST to register`);
  }
}

/** Admin actions that need a completed handshake: rotating tokens, unregistering. */
export function assertCanChangeRegistration(partner: PartnerSnapshot, action: string): void {
  if (partner.status !== 'REGISTERED') {
    throw new CodedError(CREDENTIALS_ERRORS.invalidState, `cannot ${action} partner ${partner.platformId}: it is ${partner.status}, not REGISTERED`);
  }
}

export function assertCanSuspend(partner: PartnerSnapshot): void {
  if (partner.status === 'SUSPENDED') throw new CodedError(CREDENTIALS_ERRORS.invalidState, `partner ${partner.platformId} is already suspended`);
}

/**
 * The connection after a still-alive check or after hearing from the partner; `changed` says
 * whether a PartnerConnectionChanged event is due. Only registered partners have a connection.
 */
export function nextConnection(partner: PartnerSnapshot, reachable: boolean): { connection: PartnerConnection; changed: boolean } {
  const connection: PartnerConnection = reachable ? 'CONNECTED' : 'OFFLINE';
  return { connection, changed: partner.status === 'REGISTERED' && connection !== partner.connection };
}

/** Whether a registered partner has been silent long enough to deserve a still-alive check. */
export function isDueForLivenessCheck(lastHeardAt: Date | undefined, lastCheckedAt: Date | undefined, now: Date, silenceMs: number): boolean {
  const latest = Math.max(lastHeardAt?.getTime() ?? 0, lastCheckedAt?.getTime() ?? 0);
  return now.getTime() - latest >= silenceMs;
}
