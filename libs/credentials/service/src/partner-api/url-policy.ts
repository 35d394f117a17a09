import { isIP } from 'node:net';
import { CodedError } from '@chargemesh/contracts/envelope';
import { CREDENTIALS_ERRORS } from '@chargemesh/contracts/credential';

const PRIVATE_V4 = [/^10\./, /^127\./, /^169\.254\./, /^172\.(1[6-9]|2\d|3[01])\./, /^192\.168\./, /^0\./, /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./];

function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const family = isIP(host);
  if (family === 4) return PRIVATE_V4.some((pattern) => pattern.test(host));
  if (family === 6) return host === '::1' || host === '::' || /^f[cd]/.test(host) || /^fe[89ab]/.test(host) || host.startsWith('::ffff:');
  return false;
}

/**
 * Partner URLs (its versions URL, its endpoints) are chosen by the partner: before we call one,
 * it must be http(s), and, unless private networks are allowed, not aim at loopback, link-local
 * or private addresses of our own network (SSRF). Host names are not resolved here.
 */
export function assertPartnerUrlAllowed(url: string, allowPrivateNetworks: boolean): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CodedError(CREDENTIALS_ERRORS.urlNotAllowed, `${JSON.stringify(url)} is not an absolute URL`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new CodedError(CREDENTIALS_ERRORS.urlNotAllowed, `${url} is not an http(s) URL`);
  if (parsed.username || parsed.password) throw new CodedError(CREDENTIALS_ERRORS.urlNotAllowed, 'partner URLs must not carry user information');
  if (!allowPrivateNetworks && isPrivateHost(parsed.hostname)) {
    throw new CodedError(CREDENTIALS_ERRORS.urlNotAllowed, `${parsed.origin} is on a loopback or private network (set OCPI_ALLOW_PRIVATE_NETWORK_URLS=true to allow it)`);
  }
}
