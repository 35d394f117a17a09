import {
  isWithinDateRange,
  paginationResponseHeaders,
  parsePaginationQuery,
  readPaginationHeaders,
} from './pagination';

const options = { defaultLimit: 50, maxLimit: 100 };

describe('pagination request', () => {
  it('should default offset to 0 and limit to the server default', () => {
    expect(parsePaginationQuery(new URLSearchParams(''), options)).toEqual({
      ok: true,
      params: { offset: 0, limit: 50 },
    });
  });

  it('should read every parameter and cap the limit at the server maximum', () => {
    const query = new URLSearchParams(
      'offset=150&limit=2000&date_from=2019-01-28T12:00:00&date_to=2019-01-29T12:00:00Z',
    );
    expect(parsePaginationQuery(query, options)).toEqual({
      ok: true,
      params: {
        offset: 150,
        limit: 100,
        requestedLimit: 2000,
        dateFrom: new Date('2019-01-28T12:00:00Z'),
        dateTo: new Date('2019-01-29T12:00:00Z'),
      },
    });
  });

  it('should accept a plain query record as frameworks give it', () => {
    expect(parsePaginationQuery({ offset: '10', limit: '5' }, options)).toEqual({
      ok: true,
      params: { offset: 10, limit: 5, requestedLimit: 5 },
    });
  });

  it('should list every bad parameter', () => {
    const result = parsePaginationQuery(
      { offset: '-1', limit: '0', date_from: '2019-01-28T12:00:00+01:00', date_to: ['a', 'b'] },
      options,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        'offset must be a whole number of at least 0',
        'limit must be a whole number of at least 1',
        'date_from must be an OCPI DateTime in UTC such as 2019-01-28T12:00:00Z',
        'date_to must be given once',
        'date_to must be an OCPI DateTime in UTC such as 2019-01-28T12:00:00Z',
      ],
    });
  });

  it('should require date_from where the module does (Sessions)', () => {
    expect(parsePaginationQuery({}, { ...options, requireDateFrom: true })).toEqual({
      ok: false,
      problems: ['date_from is required'],
    });
  });

  it('should treat date_from as inclusive and date_to as exclusive', () => {
    const range = { dateFrom: new Date('2019-01-01T00:00:00Z'), dateTo: new Date('2019-01-02T00:00:00Z') };
    expect(isWithinDateRange('2019-01-01T00:00:00Z', range)).toBe(true);
    expect(isWithinDateRange('2019-01-01T23:59:59.999Z', range)).toBe(true);
    expect(isWithinDateRange('2019-01-02T00:00:00Z', range)).toBe(false);
    expect(isWithinDateRange(new Date('2018-12-31T23:59:59Z'), range)).toBe(false);
    expect(isWithinDateRange('2030-01-01T00:00:00Z', {})).toBe(true);
  });
});

describe('pagination response', () => {
  const requestUrl = 'https://www.server.com/ocpi/cpo/2.2.1/cdrs/?date_from=2016-01-01T00:00:00Z&limit=2000';

  it('should link to the next page with the original filters, the capped limit and the next offset', () => {
    const headers = paginationResponseHeaders({
      requestUrl,
      params: { offset: 0, limit: 100 },
      maxLimit: 100,
      totalCount: 250,
      returnedCount: 100,
    });
    expect(headers['X-Total-Count']).toBe('250');
    expect(headers['X-Limit']).toBe('100');
    const info = readPaginationHeaders(headers);
    const next = new URL(info.nextUrl!);
    expect(next.searchParams.get('offset')).toBe('100');
    expect(next.searchParams.get('limit')).toBe('100');
    expect(next.searchParams.get('date_from')).toBe('2016-01-01T00:00:00Z');
    expect(info).toMatchObject({ totalCount: 250, limit: 100 });
  });

  it('should crawl every object exactly once by following the next links', () => {
    const objects = Array.from({ length: 23 }, (_, index) => index);
    const seen: number[] = [];
    let url: string | undefined = 'https://cpo.example/ocpi/2.2.1/tokens?limit=10';
    while (url !== undefined) {
      const parsed = parsePaginationQuery(new URL(url).searchParams, { defaultLimit: 10, maxLimit: 10 });
      if (!parsed.ok) throw new Error(parsed.problems.join());
      const page = objects.slice(parsed.params.offset, parsed.params.offset + parsed.params.limit);
      seen.push(...page);
      const headers = paginationResponseHeaders({
        requestUrl: url,
        params: parsed.params,
        maxLimit: 10,
        totalCount: objects.length,
        returnedCount: page.length,
      });
      url = readPaginationHeaders(headers).nextUrl;
    }
    expect(seen).toEqual(objects);
  });

  it('should send no Link on the last page, and X-Limit stays the maximum', () => {
    const headers = paginationResponseHeaders({
      requestUrl,
      params: { offset: 200, limit: 100 },
      maxLimit: 100,
      totalCount: 250,
      returnedCount: 50,
    });
    expect(headers).toEqual({ 'X-Total-Count': '250', 'X-Limit': '100' });
  });

  it('should read the headers in any letter case', () => {
    expect(
      readPaginationHeaders({
        'x-total-count': '7',
        'x-limit': '5',
        link: '<https://a.example/?offset=5>; rel="next"',
      }),
    ).toEqual({
      totalCount: 7,
      limit: 5,
      nextUrl: 'https://a.example/?offset=5',
    });
  });
});
