import { createHash } from 'node:crypto';

/** JSON with object keys sorted, so that the same content always gives the same text. */
function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value as object).sort().map((key) => [key, stable((value as Record<string, unknown>)[key])]));
  }
  return value;
}

/** SHA-256 of a document's content, independent of key order: tells a resent CDR from a different one. */
export const contentDigest = (value: unknown): string => createHash('sha256').update(JSON.stringify(stable(value))).digest('hex');
