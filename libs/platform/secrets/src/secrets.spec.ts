import { randomBytes } from 'node:crypto';
import { SecretBox } from './secret-box';
import { generateToken, hashToken, tokenMatches } from './tokens';

const key = randomBytes(32).toString('base64');

describe('tokens', () => {
  it('should generate distinct 43-character url-safe tokens', () => {
    const tokens = new Set(Array.from({ length: 100 }, generateToken));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('should store a digest that does not contain the token and match only the same token', () => {
    const digest = hashToken('example-token');
    expect(digest).toBe('4d1566a1d7df42a8517456d60ea06ed284e535cfe4c956aa6ee172dbcdf945f7');
    expect(tokenMatches('example-token', digest)).toBe(true);
    expect(tokenMatches('example-token2', digest)).toBe(false);
    expect(tokenMatches('example-token', 'abcd')).toBe(false);
  });
});

describe('SecretBox', () => {
  it('should round-trip a secret without ever storing it in clear', () => {
    const box = new SecretBox(key);
    const sealed = box.seal('peer-1', 'secret-token-value');
    expect(sealed).not.toContain('secret-token-value');
    expect(sealed).not.toBe(box.seal('peer-1', 'secret-token-value'));
    expect(box.open('peer-1', sealed)).toBe('secret-token-value');
  });

  it('should refuse a ciphertext moved to another owner, tampered with, or opened with another key', () => {
    const box = new SecretBox(key);
    const sealed = box.seal('peer-1', 'secret-token-value');
    expect(() => box.open('peer-2', sealed)).toThrow(expect.objectContaining({ code: 'SECRETS.UNREADABLE' }));
    const parts = sealed.split('.');
    const flipped = Buffer.from(parts[3], 'base64');
    flipped[0] ^= 1;
    expect(() => box.open('peer-1', [...parts.slice(0, 3), flipped.toString('base64')].join('.'))).toThrow(/cannot be decrypted/);
    expect(() => new SecretBox(randomBytes(32).toString('base64')).open('peer-1', sealed)).toThrow(/cannot be decrypted/);
  });

  it('should refuse a key that is not 32 bytes, naming it', () => {
    expect(() => new SecretBox('c2hvcnQ=', 'OICP_ENCRYPTION_KEY')).toThrow(/OICP_ENCRYPTION_KEY must be 32 bytes/);
  });
});
