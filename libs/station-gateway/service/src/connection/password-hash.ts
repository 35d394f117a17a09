import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

// scrypt with 16 MiB of memory per hash: slow enough to make a leaked table expensive to attack.
const N = 16_384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const MAX_MEM = 64 * 1024 * 1024;

function derive(password: Buffer, salt: Buffer, n: number, r: number, p: number, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, length, { N: n, r, p, maxmem: MAX_MEM }, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/**
 * `scrypt$N$r$p$<salt>$<key>` (base64url) of the password bytes, with a fresh random salt. The
 * parameters travel with the hash, so they can be raised later; `cost` (N) is lowered only by
 * the benchmark, which provisions thousands of stations.
 */
export async function hashPassword(password: Buffer, cost = N): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost, R, P, KEY_LENGTH);
  return ['scrypt', cost, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: Buffer, encoded: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = encoded.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), Number(n), Number(r), Number(p), expected.length);
  return timingSafeEqual(actual, expected);
}
