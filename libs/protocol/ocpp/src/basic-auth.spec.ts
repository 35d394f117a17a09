import { readBasicAuthPassword } from './basic-auth';

const basic = (credentials: Buffer) => `Basic ${credentials.toString('base64')}`;

describe('readBasicAuthPassword', () => {
  it('should return the raw bytes of a binary 1.6 AuthorizationKey when the header is the spec example', () => {
    // OCPP-J 1.6 §6.2.2: identity "AL1000", key 0001020304050607FFFFFFFFFFFFFFFFFFFFFFFF.
    const key = Buffer.from('0001020304050607FFFFFFFFFFFFFFFFFFFFFFFF', 'hex');
    const header = 'Basic QUwxMDAwOgABAgMEBQYH////////////////';
    expect(readBasicAuthPassword(header, 'AL1000')).toEqual(key);
  });

  it('should keep colons that are part of the password', () => {
    const header = basic(Buffer.from('CS-01:pass:with:colons', 'utf8'));
    expect(readBasicAuthPassword(header, 'CS-01')?.toString('utf8')).toBe('pass:with:colons');
  });

  it('should refuse a header for another user, a prefix of the identity, or another scheme', () => {
    expect(readBasicAuthPassword(basic(Buffer.from('CS-02:secret')), 'CS-01')).toBeUndefined();
    expect(readBasicAuthPassword(basic(Buffer.from('CS-0:1secret')), 'CS-01')).toBeUndefined();
    expect(readBasicAuthPassword(basic(Buffer.from('CS-01')), 'CS-01')).toBeUndefined();
    expect(readBasicAuthPassword('Bearer abc', 'CS-01')).toBeUndefined();
    expect(readBasicAuthPassword(undefined, 'CS-01')).toBeUndefined();
  });

  it('should accept the scheme name in any case, as HTTP allows', () => {
    expect(readBasicAuthPassword(`basic ${Buffer.from('CS-01:pw').toString('base64')}`, 'CS-01')?.toString()).toBe(
      'pw',
    );
  });
});
