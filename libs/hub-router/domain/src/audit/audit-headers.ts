/** Headers that carry credentials or session state: never audited. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie']);

/**
 * The headers of an exchange as the audit stream keeps them: lower-case names, repeated values
 * joined, and nothing that carries a credentials token.
 */
export function auditHeaders(headers: Readonly<Record<string, string | readonly string[] | number | undefined>>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (value === undefined || SECRET_HEADERS.has(lower)) continue;
    const text = Array.isArray(value) ? value.join(', ') : String(value);
    if (/^token\s/i.test(text)) continue;
    kept[lower] = text;
  }
  return kept;
}
