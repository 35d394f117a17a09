import { z } from 'zod';
import {
  acknowledgement,
  acknowledgementSchema,
  httpStatusOf,
  isKnownStatusCode,
  OICP_STATUS_CODES,
  statusCode,
  statusCodeBody,
  statusCodeSchema,
} from './status-codes';
import {
  describeValidationFailure,
  parseOicpBody,
  validationFailureAcknowledgement,
  validationFailureBody,
} from './validation';

describe('OICP status codes', () => {
  it('should list every code of CodeType and no invented ones', () => {
    expect(Object.keys(OICP_STATUS_CODES).sort()).toEqual([
      '000',
      '001',
      '002',
      '009',
      '017',
      '018',
      '019',
      '021',
      '022',
      '101',
      '102',
      '103',
      '105',
      '106',
      '110',
      '120',
      '121',
      '122',
      '200',
      '210',
      '300',
      '310',
      '320',
      '400',
      '501',
      '510',
      '601',
      '602',
      '603',
      '604',
      '700',
    ]);
    expect(isKnownStatusCode('010')).toBe(false);
    expect(isKnownStatusCode('401')).toBe(false);
    expect(isKnownStatusCode('210')).toBe(true);
  });

  it('should build a StatusCode with the description the spec defines', () => {
    expect(statusCode('210')).toEqual({ Code: '210', Description: 'No valid contract.' });
    expect(statusCode('017', 'DE*XYZ is not DE*CMX')).toEqual({
      Code: '017',
      Description: 'Unauthorized Access.',
      AdditionalInfo: 'DE*XYZ is not DE*CMX',
    });
    expect(statusCodeSchema.safeParse(statusCode('603', 'x'.repeat(5000))).success).toBe(true);
  });

  it('should build the bare StatusCode body and the HTTP status Hubject uses with it', () => {
    expect(statusCodeBody('017')).toEqual({ StatusCode: { Code: '017', Description: 'Unauthorized Access.' } });
    expect(httpStatusOf('017')).toBe(401);
    expect(httpStatusOf('300')).toBe(404);
    expect(httpStatusOf('603')).toBe(200);
  });

  it('should build an acknowledgement whose Result follows the code', () => {
    const ok = acknowledgement('000', {
      SessionID: '3f2b8c1e-9a4d-4e7b-8c21-5d6e7f809a1b',
      CPOPartnerSessionID: 'tx-1',
    });
    expect(ok).toEqual({
      Result: true,
      StatusCode: { Code: '000', Description: 'Success.' },
      SessionID: '3f2b8c1e-9a4d-4e7b-8c21-5d6e7f809a1b',
      CPOPartnerSessionID: 'tx-1',
    });
    expect(acknowledgement('501').Result).toBe(false);
    expect(acknowledgement('000', { result: false }).Result).toBe(false);
    expect(
      acknowledgementSchema.safeParse(acknowledgement('210', { additionalInfo: 'Unknown provider' })).success,
    ).toBe(true);
  });

  it('should read a three-digit code outside the catalogue but nothing else', () => {
    expect(statusCodeSchema.safeParse({ Code: '999' }).success).toBe(true);
    expect(statusCodeSchema.safeParse({ Code: '17' }).success).toBe(false);
    expect(statusCodeSchema.safeParse({ Code: 17 }).success).toBe(false);
  });
});

describe('validation failures', () => {
  const schema = z.object({
    OperatorEvseData: z.object({ EvseDataRecord: z.array(z.object({ EvseID: z.string().min(3) })) }),
  });
  const failed = schema.safeParse({ OperatorEvseData: { EvseDataRecord: [{ EvseID: 'ok!' }, { EvseID: 'x' }] } });

  it('should map a schema failure to 022 Data error with HTTP 400 when a request is malformed', () => {
    const failure = describeValidationFailure(failed.error!);
    expect(failure.httpStatus).toBe(400);
    expect(failure.statusCode.Code).toBe('022');
    expect(failure.statusCode.Description).toBe('Data error.');
    expect(failure.statusCode.AdditionalInfo).toContain('OperatorEvseData.EvseDataRecord[1].EvseID');
    expect(failure.validationErrors).toEqual([
      { fieldReference: 'OperatorEvseData.EvseDataRecord[1].EvseID', errorMessage: expect.any(String) },
    ]);
  });

  it('should offer the failure as a Hubject-style 400 body and as a negative acknowledgement', () => {
    const body = validationFailureBody(failed.error!);
    expect(body.message).toBe('Error parsing/validating JSON.');
    expect(body.StatusCode.Code).toBe('022');
    const ack = validationFailureAcknowledgement(failed.error!);
    expect(ack.Result).toBe(false);
    expect(ack.StatusCode.Code).toBe('022');
  });

  it('should name the whole body when the body itself is wrong', () => {
    const failure = describeValidationFailure(schema.safeParse('not json object').error!);
    expect(failure.validationErrors[0].fieldReference).toBe('(body)');
  });

  it('should return the data or the failure without throwing', () => {
    const good = parseOicpBody(schema, { OperatorEvseData: { EvseDataRecord: [] } });
    expect(good).toEqual({ success: true, data: { OperatorEvseData: { EvseDataRecord: [] } } });
    const bad = parseOicpBody(schema, {});
    expect(bad.success).toBe(false);
    expect(bad.success ? undefined : bad.failure.statusCode.Code).toBe('022');
  });
});
