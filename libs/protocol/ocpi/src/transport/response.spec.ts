import { z } from 'zod';
import { ocpiExamples } from '../examples/ocpi-examples';
import { tokenSchema } from '../schemas/tokens.schemas';
import { validateOcpi } from '../schemas/validation';
import { buildOcpiResponse, ocpiError, ocpiResponseSchema, ocpiSuccess } from './response';

const now = new Date(Date.UTC(2026, 1, 12, 18, 0, 0));

describe('OCPI response envelope', () => {
  it('should build a success envelope that the schema reads back unchanged', () => {
    const response = ocpiSuccess([ocpiExamples.token()], { now, statusMessage: 'Success' });
    expect(response).toEqual({
      data: [ocpiExamples.token()],
      status_code: 1000,
      status_message: 'Success',
      timestamp: '2026-02-12T18:00:00.000Z',
    });
    const wire = JSON.parse(JSON.stringify(response));
    expect(ocpiResponseSchema(z.array(tokenSchema)).parse(wire)).toEqual(response);
  });

  it('should leave data out when there is none', () => {
    expect(ocpiSuccess(undefined, { now })).toEqual({ status_code: 1000, timestamp: '2026-02-12T18:00:00.000Z' });
    expect('data' in ocpiError(2001, 'Missing required field: type', { now })).toBe(false);
  });

  it('should refuse to build an error envelope with a success code', () => {
    expect(() => ocpiError(1000, 'fine')).toThrow(RangeError);
  });

  it('should check data only on success and report its path under data', () => {
    const schema = ocpiResponseSchema(tokenSchema);
    const badToken = { ...ocpiExamples.token(), party_id: 'TOOLONG' };
    const success = validateOcpi(schema, buildOcpiResponse({ statusCode: 1000, data: badToken, now }));
    expect(success).toMatchObject({ success: false, issues: [{ path: 'data.party_id' }] });
    const error = schema.parse(buildOcpiResponse({ statusCode: 2004, data: { debug: 'unknown token' }, now }));
    expect(error.data).toEqual({ debug: 'unknown token' });
  });

  it('should accept a success without data when the spec leaves data unspecified', () => {
    expect(
      ocpiResponseSchema(tokenSchema).parse({ status_code: 1000, timestamp: '2026-02-12T18:00:00Z', data: null }),
    ).toEqual({
      status_code: 1000,
      timestamp: '2026-02-12T18:00:00Z',
    });
  });

  it('should refuse an envelope with a bad status code or timestamp', () => {
    const result = validateOcpi(ocpiResponseSchema(tokenSchema), { status_code: 200, timestamp: '2026-02-12 18:00' });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues.map((issue) => issue.path)).toEqual(['status_code', 'timestamp']);
  });
});
