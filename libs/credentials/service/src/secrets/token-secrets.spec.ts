import { randomBytes } from 'node:crypto';
import { generateToken, hashToken, TokenVault } from './token-secrets';

const key = randomBytes(32).toString('base64');

describe('token secrets', () => {
  it('should generate distinct tokens of 43 printable characters', () => {
    const tokens = new Set(Array.from({ length: 100 }, generateToken));
    expect(tokens.size).toBe(100);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('should hash a token to a stable hex SHA-256 that does not contain it', () => {
    expect(hashToken('example-token')).toBe('4d1566a1d7df42a8517456d60ea06ed284e535cfe4c956aa6ee172dbcdf945f7');
    expect(hashToken('example-token')).not.toBe(hashToken('example-token2'));
  });

  it('should round-trip a token and never store it in clear', () => {
    const vault = new TokenVault({ CREDENTIALS_ENCRYPTION_KEY: key });
    const sealed = vault.encrypt('platform-1', 'secret-token-value');
    expect(sealed).not.toContain('secret-token-value');
    expect(sealed).not.toBe(vault.encrypt('platform-1', 'secret-token-value'));
    expect(vault.decrypt('platform-1', sealed)).toBe('secret-token-value');
  });

  it('should refuse a ciphertext moved to another partner, tampered with, or read with another key', () => {
    const vault = new TokenVault({ CREDENTIALS_ENCRYPTION_KEY: key });
    const sealed = vault.encrypt('platform-1', 'secret-token-value');
    expect(() => vault.decrypt('platform-2', sealed)).toThrow(expect.objectContaining({ code: 'CREDENTIALS.UNAVAILABLE' }));
    const parts = sealed.split('.');
    const flipped = Buffer.from(parts[3], 'base64');
    flipped[0] ^= 1;
    expect(() => vault.decrypt('platform-1', [...parts.slice(0, 3), flipped.toString('base64')].join('.'))).toThrow(/cannot be decrypted/);
    expect(() => new TokenVault({ CREDENTIALS_ENCRYPTION_KEY: randomBytes(32).toString('base64') }).decrypt('platform-1', sealed)).toThrow(/cannot be decrypted/);
  });

  it('should refuse to encrypt without a key, naming the variable', () => {
    expect(() => new TokenVault({}).encrypt('platform-1', 'x')).toThrow(expect.objectContaining({ code: 'CREDENTIALS.UNAVAILABLE', message: expect.stringContaining('CREDENTIALS_ENCRYPTION_KEY') }));
  });
});
