/**
 * Reads the password of an OCPP security profile 1/2 `Authorization: Basic ...` header, whose
 * user name must be the station identity (A00.FR.204). The password comes back as bytes: a 1.6
 * AuthorizationKey is up to 20 raw bytes that need not be UTF-8 (1.6J §6.2.2), and may itself
 * contain ':', so the header is split after the known `identity:` prefix, not at the first colon.
 * 2.0.1 passwords are UTF-8 text; compare `password.toString('utf8')` or the bytes.
 * Returns undefined when the header is not Basic or names another user.
 */
export function readBasicAuthPassword(authorizationHeader: string | undefined, identity: string): Buffer | undefined {
  const match = authorizationHeader?.match(/^Basic\s+([A-Za-z0-9+/]+={0,2})\s*$/i);
  if (!match) return undefined;
  const credentials = Buffer.from(match[1], 'base64');
  const expectedPrefix = Buffer.from(`${identity}:`, 'utf8');
  if (credentials.length < expectedPrefix.length) return undefined;
  if (!credentials.subarray(0, expectedPrefix.length).equals(expectedPrefix)) return undefined;
  return credentials.subarray(expectedPrefix.length);
}
