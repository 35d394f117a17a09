/** JSON with object keys sorted, so that two values compare equal whatever order their fields came in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0)))
      : inner,
  );
}

export const sameJson = (left: unknown, right: unknown): boolean => canonicalJson(left) === canonicalJson(right);
