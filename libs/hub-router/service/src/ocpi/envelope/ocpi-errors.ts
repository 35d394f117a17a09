import { HttpException } from '@nestjs/common';
import { isCodedError } from '@chargemesh/contracts/envelope';
import { OcpiStatus } from '@chargemesh/protocol-ocpi';

/** How an error is answered at the OCPI edge: the HTTP status, the OCPI status_code and the status_message. */
export interface OcpiErrorAnswer {
  httpStatus: number;
  statusCode: number;
  message: string;
}

/**
 * An error raised at the OCPI edge itself with its answer decided (a 2001 about a header, a 4001
 * from the router). Errors from other services carry codes and are mapped by OCPI_ERROR_MAP.
 */
export class OcpiStatusError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly httpStatus = 200,
  ) {
    super(message);
    this.name = 'OcpiStatusError';
  }
}

/** The same answer for every authentication failure, so that a caller learns nothing from it. */
export const UNAUTHORIZED_MESSAGE = 'Unauthorized: a valid credentials token is required (Authorization: Token <base64>)';
export const OCPI_UNAUTHORIZED = 'OCPI.UNAUTHORIZED';

type Mapping = { httpStatus: number; statusCode: number; message?: string };

/*
 * Stable error codes → OCPI. Requests that reach the OCPI layer are answered with HTTP 200 and the
 * OCPI status code (status_codes.asciidoc: "a HTTP error MUST NOT be returned"); the HTTP errors are
 * those the spec names: 401 for authentication, 405 for credentials misuse, 404 for unknown resources.
 */
export const OCPI_ERROR_MAP: Readonly<Record<string, Mapping>> = {
  [OCPI_UNAUTHORIZED]: { httpStatus: 401, statusCode: OcpiStatus.CLIENT_ERROR, message: UNAUTHORIZED_MESSAGE },
  'CREDENTIALS.UNKNOWN_TOKEN': { httpStatus: 401, statusCode: OcpiStatus.CLIENT_ERROR, message: UNAUTHORIZED_MESSAGE },
  'OCPI.FORBIDDEN': { httpStatus: 403, statusCode: OcpiStatus.CLIENT_ERROR },
  'ROUTE.FORBIDDEN_NOT_A_HUB': { httpStatus: 403, statusCode: OcpiStatus.CLIENT_ERROR },
  'CREDENTIALS.ALREADY_REGISTERED': { httpStatus: 405, statusCode: OcpiStatus.CLIENT_ERROR },
  'CREDENTIALS.NOT_REGISTERED': { httpStatus: 405, statusCode: OcpiStatus.CLIENT_ERROR },
  'OCPI.METHOD_NOT_ALLOWED': { httpStatus: 405, statusCode: OcpiStatus.CLIENT_ERROR },
  'REQUEST.INVALID': { httpStatus: 200, statusCode: OcpiStatus.INVALID_OR_MISSING_PARAMETERS },
  'OCPI.INVALID_PARAMETERS': { httpStatus: 200, statusCode: OcpiStatus.INVALID_OR_MISSING_PARAMETERS },
  'CREDENTIALS.INVALID_CREDENTIALS': { httpStatus: 200, statusCode: OcpiStatus.INVALID_OR_MISSING_PARAMETERS },
  'CREDENTIALS.INVALID_PARTY_CLAIM': { httpStatus: 200, statusCode: OcpiStatus.INVALID_OR_MISSING_PARAMETERS },
  'CREDENTIALS.INVALID_URL_NOT_ALLOWED': { httpStatus: 200, statusCode: OcpiStatus.INVALID_OR_MISSING_PARAMETERS },
  'CREDENTIALS.PARTNER_UNREACHABLE': { httpStatus: 200, statusCode: OcpiStatus.UNABLE_TO_USE_CLIENT_API },
  'CREDENTIALS.NO_COMMON_VERSION': { httpStatus: 200, statusCode: OcpiStatus.NO_MATCHING_ENDPOINTS },
  'CREDENTIALS.NO_MATCHING_ENDPOINTS': { httpStatus: 200, statusCode: OcpiStatus.NO_MATCHING_ENDPOINTS },
  'CREDENTIALS.NO_HOSTED_PARTIES': { httpStatus: 200, statusCode: OcpiStatus.SERVER_ERROR },
  'CREDENTIALS.UNAVAILABLE': { httpStatus: 503, statusCode: OcpiStatus.SERVER_ERROR },
  'ROUTE.UNKNOWN_PARTY': { httpStatus: 200, statusCode: OcpiStatus.HUB_UNKNOWN_RECEIVER },
  'ROUTE.NOT_FOUND_CLIENT_INFO': { httpStatus: 404, statusCode: OcpiStatus.CLIENT_ERROR },
  'ROUTE.NOT_FOUND_NO_HUB_HOSTED': { httpStatus: 404, statusCode: OcpiStatus.CLIENT_ERROR },
  'NATS.NO_RESPONDERS': { httpStatus: 503, statusCode: OcpiStatus.SERVER_ERROR, message: 'a service this request needs is not available; try again later' },
  'NATS.TIMEOUT': { httpStatus: 503, statusCode: OcpiStatus.SERVER_ERROR, message: 'a service this request needs did not answer in time; try again later' },
};

/** The answer to any error; undefined for an unexpected one (the caller logs it and answers 3000). */
export function ocpiErrorAnswer(error: unknown): OcpiErrorAnswer | undefined {
  if (error instanceof OcpiStatusError) return { httpStatus: error.httpStatus, statusCode: error.statusCode, message: error.message };
  if (isCodedError(error)) {
    const mapped = OCPI_ERROR_MAP[error.code];
    if (mapped) return { httpStatus: mapped.httpStatus, statusCode: mapped.statusCode, message: mapped.message ?? error.message };
    return { httpStatus: 500, statusCode: OcpiStatus.SERVER_ERROR, message: error.message };
  }
  if (error instanceof HttpException) return httpExceptionAnswer(error);
  return undefined;
}

/** Errors Nest raises before a handler runs: an unparsable body, an unknown path, a body too large. */
function httpExceptionAnswer(error: HttpException): OcpiErrorAnswer {
  const status = error.getStatus();
  if (status === 400) return { httpStatus: 400, statusCode: OcpiStatus.INVALID_OR_MISSING_PARAMETERS, message: 'the request body is not valid JSON' };
  if (status === 404) return { httpStatus: 404, statusCode: OcpiStatus.CLIENT_ERROR, message: 'no such OCPI endpoint' };
  if (status === 413) return { httpStatus: 413, statusCode: OcpiStatus.CLIENT_ERROR, message: 'the request body is too large' };
  return { httpStatus: status, statusCode: status >= 500 ? OcpiStatus.SERVER_ERROR : OcpiStatus.CLIENT_ERROR, message: error.message };
}
