import { CURSOR_PARAM, type PageRequest, type PageRequestResult, pageHeaders, pageSql, readPageRequest } from './keyset-page';

const pageOf = (result: PageRequestResult): PageRequest => {
  if (!result.ok) throw new Error(result.message);
  return result.page;
};

const limits = { maxLimit: 100, defaultLimit: 50 };

describe('OCPI paging on keyset reads', () => {
  it('should read the next page after the last key when the Link cursor matches the offset', () => {
    const request = readPageRequest({ offset: '100', limit: '50', [CURSOR_PARAM]: '100.8812' }, limits);
    expect(request).toEqual({ ok: true, page: { offset: 100, limit: 50, after: 8812 } });
    const sql = pageSql(pageOf(request), 3);
    expect(sql.conditions).toEqual(['created_seq > $3']);
    expect(sql.tail).toBe('ORDER BY created_seq LIMIT $4');
    expect(sql.params).toEqual([8812, 50]);
  });

  it('should fall back to OFFSET when the client set the offset itself or the cursor is stale', () => {
    const queries: Record<string, string>[] = [{ offset: '120' }, { offset: '120', [CURSOR_PARAM]: '100.8812' }, { offset: '120', [CURSOR_PARAM]: 'junk' }];
    for (const query of queries) {
      const request = readPageRequest(query, limits);
      expect(request).toEqual({ ok: true, page: { offset: 120, limit: 50 } });
      expect(pageSql(pageOf(request), 1).tail).toBe('ORDER BY created_seq LIMIT $1 OFFSET $2');
    }
  });

  it('should filter date_from inclusive and date_to exclusive, counted without the keyset part', () => {
    const request = readPageRequest({ date_from: '2026-01-01T00:00:00Z', date_to: '2026-02-01T00:00:00Z', offset: '10', limit: '10', [CURSOR_PARAM]: '10.77' }, limits);
    const sql = pageSql(pageOf(request), 3);
    expect(sql.filters).toEqual(['last_updated >= $3', 'last_updated < $4']);
    expect(sql.conditions).toEqual(['last_updated >= $3', 'last_updated < $4', 'created_seq > $5']);
    expect(sql.filterParams).toEqual([new Date('2026-01-01T00:00:00Z'), new Date('2026-02-01T00:00:00Z')]);
  });

  it('should cap the limit at X-Limit and refuse malformed parameters', () => {
    expect(readPageRequest({ limit: '5000' }, limits)).toEqual({ ok: true, page: { offset: 0, limit: 100 } });
    expect(readPageRequest({ offset: '-1', date_to: '2026-01-01T00:00:00+01:00' }, limits)).toEqual({ ok: false, message: expect.stringMatching(/offset.*date_to/) });
  });

  it('should link to the next page with every filter kept, and not after the last page', () => {
    const url = 'https://ocpi.example.test/ocpi/2.2.1/sender/locations?date_from=2026-01-01T00%3A00%3A00Z&limit=2';
    const headers = pageHeaders(url, { offset: 0, limit: 2 }, 5, 2, 41, 100);
    expect(headers).toMatchObject({ 'X-Total-Count': '5', 'X-Limit': '100' });
    const next = new URL(/<([^>]+)>; rel="next"/.exec(headers['Link'])![1]);
    expect(Object.fromEntries(next.searchParams)).toEqual({ date_from: '2026-01-01T00:00:00Z', limit: '2', offset: '2', [CURSOR_PARAM]: '2.41' });
    expect(pageHeaders(url, { offset: 4, limit: 2 }, 5, 1, 50, 100)['Link']).toBeUndefined();
  });
});
