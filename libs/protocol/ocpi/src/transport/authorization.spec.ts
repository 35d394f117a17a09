import { formatAuthorizationHeader, parseAuthorizationHeader } from './authorization';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

describe('Authorization header', () => {
  const token = 'ebf3b399-779f-4497-9b9d-ac6ad3cc44d2';

  it('should read a Base64-encoded credentials token', () => {
    expect(parseAuthorizationHeader(`Token ${base64(token)}`)).toEqual({
      ok: true,
      candidates: [{ token, encoding: 'base64' }],
    });
  });

  it('should round-trip with formatAuthorizationHeader', () => {
    const header = formatAuthorizationHeader('example-token');
    expect(header).toBe('Token ZXhhbXBsZS10b2tlbg==');
    expect(parseAuthorizationHeader(header)).toMatchObject({ candidates: [{ token: 'example-token' }] });
  });

  it("should tolerate the trailing newline of the spec's own example", () => {
    expect(parseAuthorizationHeader('Token ZXhhbXBsZS10b2tlbgo=')).toMatchObject({
      candidates: [{ token: 'example-token', encoding: 'base64' }],
    });
    expect(parseAuthorizationHeader('Token ZXhhbXBsZS10b2tlbgo=', { tolerateTrailingNewline: false }).ok).toBe(false);
  });

  it('should refuse a plain token unless the 2.1.1 compatibility flag is set', () => {
    expect(parseAuthorizationHeader(`Token ${token}`)).toEqual({
      ok: false,
      reason: 'Authorization token is not a Base64-encoded credentials token',
    });
    expect(parseAuthorizationHeader(`Token ${token}`, { acceptUnencodedToken: true })).toEqual({
      ok: true,
      candidates: [{ token, encoding: 'plain' }],
    });
  });

  it('should offer both readings of a value that is valid Base64 and a valid plain token', () => {
    const ambiguous = base64('abc123'); // "YWJjMTIz" is itself a valid token
    expect(parseAuthorizationHeader(`Token ${ambiguous}`, { acceptUnencodedToken: true })).toEqual({
      ok: true,
      candidates: [
        { token: 'abc123', encoding: 'base64' },
        { token: ambiguous, encoding: 'plain' },
      ],
    });
  });

  it.each([
    ['a missing header', undefined],
    ['an empty header', '   '],
    ['another scheme', `Bearer ${base64(token)}`],
    ['no token', 'Token '],
    ['two spaces', `Token  ${base64(token)}`],
    ['a token with a space', 'Token abc def'],
    ['Base64 of binary garbage', `Token ${Buffer.from([0xff, 0xfe, 0x00, 0x01]).toString('base64')}`],
    ['Base64 of a token with a space', `Token ${base64('two words')}`],
    ['Base64 of more than 64 characters', `Token ${base64('x'.repeat(65))}`],
  ])('should refuse %s', (_reason, header) => {
    const result = parseAuthorizationHeader(header, { acceptUnencodedToken: false });
    expect(result.ok).toBe(false);
  });

  it('should refuse garbage even when plain tokens are accepted', () => {
    expect(parseAuthorizationHeader('Token ÿÿ\u0001', { acceptUnencodedToken: true }).ok).toBe(false);
  });

  it('should accept the scheme in any letter case', () => {
    expect(parseAuthorizationHeader(`token ${base64(token)}`).ok).toBe(true);
  });

  it('should write an unencoded header for peers that expect it and refuse an invalid token', () => {
    expect(formatAuthorizationHeader(token, { encode: false })).toBe(`Token ${token}`);
    expect(() => formatAuthorizationHeader('has space')).toThrow(RangeError);
  });
});
