import { BadRequestException, NotFoundException } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import { ocpiErrorAnswer, OcpiStatusError } from './ocpi-errors';

describe('answering errors at the OCPI edge', () => {
  it.each([
    ['CREDENTIALS.UNKNOWN_TOKEN', 401, 2000],
    ['CREDENTIALS.ALREADY_REGISTERED', 405, 2000],
    ['CREDENTIALS.NOT_REGISTERED', 405, 2000],
    ['CREDENTIALS.INVALID_CREDENTIALS', 200, 2001],
    ['CREDENTIALS.INVALID_PARTY_CLAIM', 200, 2001],
    ['CREDENTIALS.PARTNER_UNREACHABLE', 200, 3001],
    ['CREDENTIALS.NO_COMMON_VERSION', 200, 3003],
    ['CREDENTIALS.NO_MATCHING_ENDPOINTS', 200, 3003],
    ['ROUTE.UNKNOWN_PARTY', 200, 4001],
    ['ROUTE.NOT_FOUND_CLIENT_INFO', 404, 2000],
    ['NATS.NO_RESPONDERS', 503, 3000],
    ['SOMETHING.UNFORESEEN', 500, 3000],
  ])('should answer %s with HTTP %i and OCPI %i', (code, httpStatus, statusCode) => {
    expect(ocpiErrorAnswer(new CodedError(code, 'details'))).toMatchObject({ httpStatus, statusCode });
  });

  it('should give every token failure the same message, whatever the cause said', () => {
    const first = ocpiErrorAnswer(new CodedError('CREDENTIALS.UNKNOWN_TOKEN', 'unknown credentials token'));
    expect(ocpiErrorAnswer(new CodedError('OCPI.UNAUTHORIZED', 'something else'))).toEqual(first);
  });

  it('should keep the status of an error decided at the edge, and map what Nest raises before a handler', () => {
    expect(ocpiErrorAnswer(new OcpiStatusError(2001, 'bad header'))).toEqual({ httpStatus: 200, statusCode: 2001, message: 'bad header' });
    expect(ocpiErrorAnswer(new BadRequestException('Unexpected end of JSON input'))).toMatchObject({ httpStatus: 400, statusCode: 2001 });
    expect(ocpiErrorAnswer(new NotFoundException())).toMatchObject({ httpStatus: 404, statusCode: 2000 });
    expect(ocpiErrorAnswer(new Error('boom'))).toBeUndefined();
  });
});
