import { credentialsTokenSchema } from '../schemas/credentials.schemas';

/*
 * The Authorization header (transport_and_format_authorization_header): `Token <encoded>`, one space,
 * where <encoded> is the Base64 (RFC 4648 section 4) of the UTF-8 bytes of the credentials token.
 * Many 2.1.1 and 2.2 peers send the token unencoded; accepting that is an explicit option.
 */

export type TokenEncoding = 'base64' | 'plain';

export interface TokenCandidate {
  token: string;
  encoding: TokenEncoding;
}

export interface ParseAuthorizationOptions {
  /** Also accept the unencoded 2.1.1-style token. Default false (2.2.1 requires Base64). */
  acceptUnencodedToken?: boolean;
  /**
   * Accept a Base64 value whose decoded token ends in one line feed and drop it. The spec's own
   * examples encode `example-token\n`, so peers copy it. Default true.
   */
  tolerateTrailingNewline?: boolean;
}

export type AuthorizationParseResult =
  | {
      ok: true;
      /**
       * The tokens to look up, most likely first. A value can be valid Base64 and a valid plain token
       * at the same time; with acceptUnencodedToken both readings are offered ("trial and error").
       */
      candidates: TokenCandidate[];
    }
  | { ok: false; reason: string };

const BASE64_PATTERN = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const SCHEME = 'token ';

const isCredentialsToken = (value: string): boolean => credentialsTokenSchema.safeParse(value).success;

/** Strict RFC 4648 section 4 decoding to a UTF-8 string; undefined when it is not that. */
export function decodeBase64Token(encoded: string): string | undefined {
  if (encoded.length === 0 || !BASE64_PATTERN.test(encoded)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(encoded, 'base64'));
  } catch {
    return undefined;
  }
}

/** Reads `Authorization: Token ...`. Missing or unusable → the caller answers HTTP 401. */
export function parseAuthorizationHeader(
  header: string | undefined,
  options: ParseAuthorizationOptions = {},
): AuthorizationParseResult {
  if (header === undefined || header.trim() === '') return { ok: false, reason: 'Authorization header is missing' };
  const value = header.trim();
  if (value.slice(0, SCHEME.length).toLowerCase() !== SCHEME) {
    return { ok: false, reason: 'Authorization header must use the Token scheme: "Token <base64 token>"' };
  }
  const encoded = value.slice(SCHEME.length);
  if (encoded.length === 0 || /\s/.test(encoded)) {
    return {
      ok: false,
      reason: 'Authorization header must have exactly one space after "Token" and no spaces in the token',
    };
  }

  const candidates: TokenCandidate[] = [];
  let decoded = decodeBase64Token(encoded);
  if (decoded !== undefined && (options.tolerateTrailingNewline ?? true) && decoded.endsWith('\n')) {
    decoded = decoded.slice(0, -1);
  }
  if (decoded !== undefined && isCredentialsToken(decoded)) candidates.push({ token: decoded, encoding: 'base64' });
  if (options.acceptUnencodedToken && isCredentialsToken(encoded))
    candidates.push({ token: encoded, encoding: 'plain' });

  if (candidates.length > 0) return { ok: true, candidates };
  return {
    ok: false,
    reason: options.acceptUnencodedToken
      ? 'Authorization token is neither a Base64-encoded nor a plain credentials token'
      : 'Authorization token is not a Base64-encoded credentials token',
  };
}

/** Writes the header value; `encode: false` is for peers known to expect the 2.1.1 style. */
export function formatAuthorizationHeader(token: string, options: { encode?: boolean } = {}): string {
  if (!isCredentialsToken(token))
    throw new RangeError('not a valid credentials token (1-64 printable ASCII characters, no spaces)');
  return `Token ${options.encode === false ? token : Buffer.from(token, 'utf8').toString('base64')}`;
}
