import { assertNamespace } from '../envelope';

export const CREDENTIAL_CONTEXT = 'credential';
/** One aggregate per partner platform, identified by the platform id we gave it (a UUID). */
export const PARTNER_AGGREGATE = 'partner';
export const CREDENTIALS_SERVICE = 'credentials';

/**
 * Core NATS subject on which the credentials service announces, after each commit, that a
 * partner's tokens or status changed (`{platformId}`), so that caches of authentication results
 * and outgoing tokens drop the entry at once. Fire-and-forget: caches also expire on their own.
 */
export function partnerChangedSubject(namespace: string): string {
  return `${assertNamespace(namespace)}.notify.credentials.partner-changed`;
}
