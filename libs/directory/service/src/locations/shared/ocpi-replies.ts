import type { OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { isCodedError } from '@chargemesh/contracts/envelope';
import { type RouteMatch, OcpiStatus } from '@chargemesh/protocol-ocpi';

/** An OCPI answer of a module service to the edge (OcpiExchangeReply). */
export const ocpiOk = (data?: unknown, options: { httpStatus?: number; headers?: Record<string, string> } = {}): OcpiExchangeReply => ({
  httpStatus: options.httpStatus ?? 200,
  statusCode: OcpiStatus.SUCCESS,
  ...(data !== undefined ? { data } : {}),
  headers: options.headers ?? {},
});

export const ocpiFailure = (httpStatus: number, statusCode: number, statusMessage: string, headers: Record<string, string> = {}): OcpiExchangeReply => ({ httpStatus, statusCode, statusMessage, headers });

/** How each refusal code is answered: a valid request that reached the OCPI layer gets HTTP 200 and the status code (status_codes.asciidoc). */
export type RefusalAnswers = Record<string, { httpStatus: number; statusCode: number }>;

/**
 * A refusal (coded error) as its OCPI answer; a code the module does not know is a server error
 * (3000) whose message names the code only, never internals.
 */
export function replyForError(error: unknown, answers: RefusalAnswers): OcpiExchangeReply {
  if (isCodedError(error)) {
    const answer = answers[error.code] ?? (error.code === 'REQUEST.INVALID' ? { httpStatus: 200, statusCode: OcpiStatus.INVALID_OR_MISSING_PARAMETERS } : undefined);
    if (answer) return ocpiFailure(answer.httpStatus, answer.statusCode, error.message);
    return ocpiFailure(200, OcpiStatus.SERVER_ERROR, `the request could not be processed (${error.code})`);
  }
  throw error;
}

/** The answer to a path the module has no operation for, or a method it does not offer there. */
export function routeMismatchReply(match: Exclude<RouteMatch, { kind: 'matched' }>): OcpiExchangeReply {
  if (match.kind === 'method-not-allowed') return ocpiFailure(405, OcpiStatus.CLIENT_ERROR, 'this method is not part of the interface', { Allow: match.allowedMethods.join(', ') });
  return ocpiFailure(404, OcpiStatus.CLIENT_ERROR, 'no operation of this module at this path');
}

/** The path below the module endpoint as matchOcpiRoute reads it, from the edge's decoded segments. */
export const routePath = (segments: readonly string[]) => `/${segments.map((segment) => encodeURIComponent(segment)).join('/')}`;
