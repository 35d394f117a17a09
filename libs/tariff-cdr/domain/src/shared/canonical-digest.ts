import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every level, so that equal content gives equal text whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export const contentDigest = (value: unknown): string => createHash('sha256').update(canonicalJson(value)).digest('base64url');

/** Equal content, key order and undefined fields aside. */
export const sameContent = (left: unknown, right: unknown): boolean => canonicalJson(left) === canonicalJson(right);
