import { validResponses } from '../__fixtures__/oicp-bodies.fixture';
import { OICP_OPERATIONS } from '../operations/operation-catalogue';
import { pageOf, pageQuerySchema } from './pagination';
import { statusCode } from './status-codes';

describe('pagination', () => {
  const cdrPages = pageQuerySchema(OICP_OPERATIONS.GetChargeDetailRecords.pagination!);

  it('should default to page 0 of 20 records when the query names neither', () => {
    expect(cdrPages.parse({})).toEqual({ page: 0, size: 20 });
  });

  it('should read page and size from query strings within the operation maximum', () => {
    expect(cdrPages.parse({ page: '3', size: '1500' })).toEqual({ page: 3, size: 1500 });
    expect(cdrPages.safeParse({ size: '2001' }).success).toBe(false);
    expect(cdrPages.safeParse({ page: '-1' }).success).toBe(false);
    expect(cdrPages.safeParse({ size: '0' }).success).toBe(false);
    expect(cdrPages.safeParse({ page: 'first' }).success).toBe(false);
  });

  it('should have no maximum when the operation sets none', () => {
    const evsePages = pageQuerySchema(OICP_OPERATIONS.PullEvseData.pagination!);
    expect(evsePages.parse({ size: '5000' }).size).toBe(5000);
  });

  it('should build the page fields from the records, the query and the total', () => {
    const middle = pageOf(['c', 'd'], { page: 1, size: 2 }, 5, statusCode('000'));
    expect(middle).toEqual({
      content: ['c', 'd'],
      number: 1,
      size: 2,
      totalElements: 5,
      totalPages: 3,
      first: false,
      last: false,
      numberOfElements: 2,
      StatusCode: { Code: '000', Description: 'Success.' },
    });
    expect(pageOf(['e'], { page: 2, size: 2 }, 5, null)).toMatchObject({
      first: false,
      last: true,
      numberOfElements: 1,
    });
    expect(pageOf([], { page: 0, size: 20 }, 0, null)).toMatchObject({ totalPages: 0, first: true, last: true });
  });

  it('should build a page that the operation response schema accepts', () => {
    const records = validResponses.GetChargeDetailRecords.content;
    const page = pageOf(records, { page: 0, size: 20 }, records.length, statusCode('000'));
    expect(OICP_OPERATIONS.GetChargeDetailRecords.response.safeParse(page).success).toBe(true);
  });
});
