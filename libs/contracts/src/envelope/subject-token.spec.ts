import { decodeSubjectToken, encodeSubjectToken } from './subject-token';

describe('subject token encoding', () => {
  const realIds = [
    'DE*8EO*E12345*1', // OICP EvseID
    'NL-TNM-C00122045-K', // EMAID
    'CP.01 Amsterdam', // OCPP identity with dot and space
    'station>1', // NATS wildcard character
    '100%', // the escape character itself
    'Zürich-Süd-€', // unicode
    'tab\tand\nnewline',
  ];

  it.each(realIds)('should round-trip %j exactly', (id) => {
    expect(decodeSubjectToken(encodeSubjectToken(id))).toBe(id);
  });

  it.each(realIds)('should produce a valid single NATS token for %j', (id) => {
    const token = encodeSubjectToken(id);
    expect(token).toMatch(/^[\x21-\x7e]+$/);
    expect(token).not.toMatch(/[.*>]/);
  });

  it('should keep ordinary ids readable', () => {
    expect(encodeSubjectToken('CS-0001_a')).toBe('CS-0001_a');
    expect(encodeSubjectToken('DE*ABC*E1')).toBe('DE%2AABC%2AE1');
  });

  it('should keep distinct ids distinct', () => {
    expect(encodeSubjectToken('a.b')).not.toBe(encodeSubjectToken('a*b'));
    expect(encodeSubjectToken('%2E')).not.toBe(encodeSubjectToken('.'));
  });

  it('should refuse an empty id and a token that was never encoded', () => {
    expect(() => encodeSubjectToken('')).toThrow(/empty/);
    expect(() => decodeSubjectToken('a.b')).toThrow(/not an encoded subject token/);
  });
});
