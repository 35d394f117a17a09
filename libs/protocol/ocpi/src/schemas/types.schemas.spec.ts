import {
  ciString,
  dateTimeSchema,
  formatOcpiDateTime,
  isOcpiDateTime,
  ocpiString,
  parseOcpiDateTime,
  partyIdSchema,
  urlSchema,
} from './types.schemas';

describe('OCPI DateTime', () => {
  it.each([
    '2015-06-29T20:39:09Z',
    '2015-06-29T20:39:09',
    '2016-12-29T17:45:09.2Z',
    '2016-12-29T17:45:09.2',
    '2018-01-01T01:08:01.123Z',
    '2024-02-29T23:59:59Z',
  ])('should accept %s', (value) => {
    expect(isOcpiDateTime(value)).toBe(true);
  });

  it.each([
    ['an offset, even +00:00', '2015-06-29T20:39:09+00:00'],
    ['a non-UTC offset', '2015-06-29T22:39:09+02:00'],
    ['a space instead of T', '2015-06-29 20:39:09Z'],
    ['a date only', '2015-06-29'],
    ['a 29 February in a common year', '2023-02-29T10:00:00Z'],
    ['hour 24', '2015-06-29T24:00:00Z'],
    ['more than 25 characters', '2018-01-01T01:08:01.123456Z'],
    ['a lower-case z', '2015-06-29T20:39:09z'],
  ])('should refuse %s', (_reason, value) => {
    expect(isOcpiDateTime(value)).toBe(false);
    expect(dateTimeSchema.safeParse(value).success).toBe(false);
  });

  it('should read a DateTime without designator as UTC', () => {
    expect(parseOcpiDateTime('2015-06-29T20:39:09').toISOString()).toBe('2015-06-29T20:39:09.000Z');
    expect(() => parseOcpiDateTime('2015-06-29T20:39:09+01:00')).toThrow(RangeError);
  });

  it('should write a DateTime that reads back to the same instant', () => {
    const instant = new Date(Date.UTC(2026, 1, 12, 17, 2, 11, 250));
    const written = formatOcpiDateTime(instant);
    expect(isOcpiDateTime(written)).toBe(true);
    expect(parseOcpiDateTime(written).getTime()).toBe(instant.getTime());
  });
});

describe('OCPI strings', () => {
  it('should count characters, not UTF-16 units, in string(n)', () => {
    expect(ocpiString(3).safeParse('⚡🔌⚡').success).toBe(true);
    expect(ocpiString(3).safeParse('⚡🔌⚡🔌').success).toBe(false);
  });

  it('should refuse tabs and control characters in string but allow non-ASCII letters', () => {
    expect(ocpiString(20).safeParse('Köln Hbf').success).toBe(true);
    expect(ocpiString(20).safeParse('Köln\tHbf').success).toBe(false);
    expect(ocpiString(20).safeParse('Köln\u0085Hbf').success).toBe(false);
  });

  it('should keep CiString to printable ASCII', () => {
    expect(ciString(10).safeParse('DE*CMX E1').success).toBe(true);
    expect(ciString(10).safeParse('DE*CMX\u00A0E1').success).toBe(false);
  });

  it('should accept a party id in any letter case but not with punctuation', () => {
    expect(partyIdSchema.safeParse('cmx').success).toBe(true);
    expect(partyIdSchema.safeParse('C*X').success).toBe(false);
  });

  it('should require an absolute http(s) URL of at most 255 characters', () => {
    expect(urlSchema.safeParse('https://cpo.example/ocpi/versions').success).toBe(true);
    expect(urlSchema.safeParse('ftp://cpo.example/file').success).toBe(false);
    expect(urlSchema.safeParse(`https://cpo.example/${'a'.repeat(240)}`).success).toBe(false);
  });
});
