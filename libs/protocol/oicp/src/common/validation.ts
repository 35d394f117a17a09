import { z } from 'zod';
import { type Acknowledgement, acknowledgement, type StatusCode, statusCode } from './status-codes';

/*
 * What a malformed request gets. OICP has no dedicated "invalid request" code: 018 and 019 are the
 * *consistency* codes (an EvseID that does not belong to the pushing OperatorID, an EvcoID that does not
 * belong to the ProviderID, see caller-identity.ts), not schema errors. The general code for bad data
 * is 022 "Data error." (CodeType, General codes). At the HTTP level Hubject answers a body it cannot
 * parse or validate with HTTP 400 and
 *   {"message":"Error parsing/validating JSON.","validationErrors":[{"fieldReference":…,"errorMessage":…}]}
 * (captured in WWCP_OICP CPOClient.cs). The body built here carries both: Hubject's two fields for
 * clients written against Hubject, and the OICP StatusCode 022 for everyone else.
 */

export const MALFORMED_REQUEST_STATUS_CODE = '022';
export const MALFORMED_REQUEST_HTTP_STATUS = 400;

export interface ValidationError {
  /** Dotted path of the offending field, e.g. `OperatorEvseData.EvseDataRecord[0].EvseID`. */
  fieldReference: string;
  errorMessage: string;
}

export interface ValidationFailure {
  httpStatus: typeof MALFORMED_REQUEST_HTTP_STATUS;
  statusCode: StatusCode;
  validationErrors: ValidationError[];
}

/** The response body for a request that failed validation (HTTP 400). */
export interface ValidationFailureBody {
  message: string;
  validationErrors: ValidationError[];
  StatusCode: StatusCode;
}

function fieldReferenceOf(path: readonly PropertyKey[]): string {
  let reference = '';
  for (const segment of path) {
    if (typeof segment === 'number') reference += `[${segment}]`;
    else reference += reference === '' ? String(segment) : `.${String(segment)}`;
  }
  return reference === '' ? '(body)' : reference;
}

/** Lists every problem of a zod failure as Hubject-style validation errors. */
export function validationErrorsOf(error: z.ZodError): ValidationError[] {
  return error.issues.map((issue) => ({ fieldReference: fieldReferenceOf(issue.path), errorMessage: issue.message }));
}

/** Maps a zod validation failure to OICP: status code 022 (Data error), HTTP 400, the field-level errors. */
export function describeValidationFailure(error: z.ZodError): ValidationFailure {
  const validationErrors = validationErrorsOf(error);
  const summary = validationErrors.map((e) => `${e.fieldReference}: ${e.errorMessage}`).join('; ');
  return {
    httpStatus: MALFORMED_REQUEST_HTTP_STATUS,
    statusCode: statusCode(MALFORMED_REQUEST_STATUS_CODE, summary),
    validationErrors,
  };
}

/** The HTTP 400 body for a request that failed validation. */
export function validationFailureBody(error: z.ZodError): ValidationFailureBody {
  const failure = describeValidationFailure(error);
  return {
    message: 'Error parsing/validating JSON.',
    validationErrors: failure.validationErrors,
    StatusCode: failure.statusCode,
  };
}

/** The same failure as a negative eRoamingAcknowledgement, for peers that expect HTTP 200 and Result false. */
export function validationFailureAcknowledgement(error: z.ZodError): Acknowledgement {
  const failure = describeValidationFailure(error);
  return acknowledgement(MALFORMED_REQUEST_STATUS_CODE, { additionalInfo: failure.statusCode.AdditionalInfo });
}

export type OicpParseResult<T> =
  { success: true; data: T } | { success: false; failure: ValidationFailure; error: z.ZodError };

/** Validates a request or response body; on failure returns what to answer instead of throwing. */
export function parseOicpBody<TSchema extends z.ZodType>(
  schema: TSchema,
  body: unknown,
): OicpParseResult<z.output<TSchema>> {
  const result = schema.safeParse(body);
  if (result.success) return { success: true, data: result.data };
  return { success: false, failure: describeValidationFailure(result.error), error: result.error };
}
