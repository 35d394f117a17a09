/**
 * Reversible encoding of protocol ids (OCPP identities, OCPI CiStrings, OICP EvseIDs such as
 * `DE*ABC*E123`) into one NATS subject token. NATS tokens may not contain `.`, `*`, `>` or
 * whitespace; we percent-encode those, `%` itself, and every byte outside printable ASCII as
 * UTF-8, so the mapping is a bijection and decoding gives back the exact id. It is an
 * encoding, not a hash: subjects stay readable (`DE%2AABC%2AE123`).
 */
export function encodeSubjectToken(id: string): string {
  if (id.length === 0) throw new Error('an empty id cannot be a subject token');
  let out = '';
  for (const char of id) {
    const code = char.codePointAt(0) as number;
    const printable = code > 0x20 && code < 0x7f;
    if (printable && char !== '.' && char !== '*' && char !== '>' && char !== '%') {
      out += char;
    } else {
      for (const byte of Buffer.from(char, 'utf8')) out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
    }
  }
  return out;
}

export function decodeSubjectToken(token: string): string {
  if (!/^[\x21-\x7e]+$/.test(token) || /[.*>]/.test(token)) {
    throw new Error(`not an encoded subject token: ${JSON.stringify(token)}`);
  }
  return decodeURIComponent(token);
}
