import type { HandleOcpiModuleRequest } from '@chargemesh/contracts/ocpi';
import { decodeCursor, encodeCursor } from './keyset-page';
import { listReply, pageQueryOf } from './sender-list';

const request = (query: Record<string, string>): HandleOcpiModuleRequest => ({
  module: 'cdrs',
  interface: 'SENDER',
  method: 'GET',
  path: [],
  query,
  from: { countryCode: 'DE', partyId: 'MSP' },
  to: { countryCode: 'NL', partyId: 'CPA' },
  requestId: 'r',
  correlationId: 'c',
  baseUrl: 'https://ocpi.example.com/',
});
const rows = (count: number) => Array.from({ length: count }, (_, index) => ({ id: index }));

describe('Sender list paging', () => {
  it('should read offset, a capped limit, the date range and our own cursor, and refuse bad parameters with 2001', () => {
    const cursor = encodeCursor({ lastUpdated: '2024-01-15T10:00:00.000Z', key: 'NL*CPA*X', offset: 20 });
    expect(pageQueryOf(request({ offset: '20', limit: '500', date_from: '2024-01-01T00:00:00Z', cursor }), 100)).toEqual({
      offset: 20,
      limit: 100,
      dateFrom: new Date('2024-01-01T00:00:00Z'),
      cursor: { lastUpdated: '2024-01-15T10:00:00.000Z', key: 'NL*CPA*X', offset: 20 },
    });
    expect(() => pageQueryOf(request({ offset: '-1' }), 100)).toThrow(expect.objectContaining({ code: 'OCPI_MODULE.INVALID_PARAMETERS' }));
    expect(() => pageQueryOf(request({}), 100, true)).toThrow(expect.objectContaining({ message: expect.stringContaining('date_from is required') }));
  });

  it('should ignore a cursor that is not ours instead of failing', () => {
    for (const cursor of ['garbage', Buffer.from('["x","y","z"]').toString('base64url'), '']) expect(decodeCursor(cursor)).toBeUndefined();
  });

  it('should link to the next page under the base URL with the filters, the next offset and a cursor, and not after the last page', () => {
    const next = { lastUpdated: '2024-01-15T10:00:00.000Z', key: 'NL*CPA*B', offset: 2 };
    const first = listReply(request({ limit: '2', date_from: '2024-01-01T00:00:00Z' }), { total: 5, rows: rows(2), next }, { offset: 0, limit: 2 }, 100, (row) => row);
    expect(first.headers).toEqual({
      'X-Total-Count': '5',
      'X-Limit': '100',
      Link: `<https://ocpi.example.com/ocpi/2.2.1/sender/cdrs?limit=2&date_from=2024-01-01T00%3A00%3A00Z&offset=2&cursor=${encodeCursor(next)}>; rel="next"`,
    });
    const last = listReply(request({ offset: '4' }), { total: 5, rows: rows(1), next: { ...next, offset: 5 } }, { offset: 4, limit: 100 }, 100, (row) => row);
    expect(last.headers).toEqual({ 'X-Total-Count': '5', 'X-Limit': '100' });
    expect(listReply(request({ offset: '9' }), { total: 5, rows: [] }, { offset: 9, limit: 100 }, 100, (row) => row)).toMatchObject({ data: [], headers: { 'X-Total-Count': '5' } });
  });
});
