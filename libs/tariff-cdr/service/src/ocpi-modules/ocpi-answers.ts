import { isCodedError } from '@chargemesh/contracts/envelope';
import type { OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { TARIFF_CDR_ERRORS } from '@chargemesh/contracts/tariff';
import { OcpiStatus } from '@chargemesh/protocol-ocpi';

export const ok = (data?: unknown, httpStatus = 200, headers: Record<string, string> = {}): OcpiExchangeReply => ({
  httpStatus,
  statusCode: OcpiStatus.SUCCESS,
  ...(data === undefined ? {} : { data }),
  headers,
});

/*
 * Our stable codes → OCPI at the module edge. Requests that reach the OCPI layer get HTTP 200 with
 * the status code (status_codes.asciidoc); the HTTP errors are the ones the spec names: 404 for an
 * object that does not exist or is not the caller's (transport_and_format_errors), 405 for a method
 * the interface lacks.
 */
const ANSWERS: Readonly<Record<string, { httpStatus: number; statusCode: number }>> = {
  [TARIFF_CDR_ERRORS.invalidObject]: { httpStatus: 200, statusCode: OcpiStatus.INVALID_OR_MISSING_PARAMETERS },
  [TARIFF_CDR_ERRORS.idMismatch]: { httpStatus: 200, statusCode: OcpiStatus.INVALID_OR_MISSING_PARAMETERS },
  [TARIFF_CDR_ERRORS.invalidParameters]: { httpStatus: 200, statusCode: OcpiStatus.INVALID_OR_MISSING_PARAMETERS },
  [TARIFF_CDR_ERRORS.cdrExists]: { httpStatus: 200, statusCode: OcpiStatus.INVALID_OR_MISSING_PARAMETERS },
  [TARIFF_CDR_ERRORS.notOwner]: { httpStatus: 404, statusCode: OcpiStatus.CLIENT_ERROR },
  [TARIFF_CDR_ERRORS.notFound]: { httpStatus: 404, statusCode: OcpiStatus.CLIENT_ERROR },
  [TARIFF_CDR_ERRORS.methodNotAllowed]: { httpStatus: 405, statusCode: OcpiStatus.CLIENT_ERROR },
};

/** The reply to a coded error; undefined for anything unexpected (logged and answered 3000 by the caller). */
export function errorReply(error: unknown): OcpiExchangeReply | undefined {
  if (!isCodedError(error)) return undefined;
  const answer = ANSWERS[error.code];
  if (answer) return { ...answer, statusMessage: error.message, headers: {} };
  return { httpStatus: 200, statusCode: OcpiStatus.SERVER_ERROR, statusMessage: `${error.code}: ${error.message}`, headers: {} };
}

export const serverErrorReply = (): OcpiExchangeReply => ({ httpStatus: 500, statusCode: OcpiStatus.SERVER_ERROR, statusMessage: 'internal error', headers: {} });
