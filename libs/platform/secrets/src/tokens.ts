import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new bearer token: 32 random bytes, base64url (43 printable characters). */
export const generateToken = (): string => randomBytes(32).toString('base64url');

/**
 * The digest under which a token we accept is stored and looked up. Tokens we issue are random
 * 256-bit values, so a fast hash is enough; low-entropy secrets (passwords) need a slow KDF instead.
 */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** Constant-time comparison of a presented token with a stored digest. */
export function tokenMatches(presented: string, storedDigest: string): boolean {
  const actual = Buffer.from(hashToken(presented), 'hex');
  const expected = Buffer.from(storedDigest, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
