/**
 * An expected failure with a stable code (`PARTY.ALREADY_REGISTERED`). Codes survive process
 * boundaries where `instanceof` does not; each edge maps them to its protocol's error
 * (HTTP status, OCPI status code, OCPP CALLERROR, OICP status code).
 */
export class CodedError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CodedError';
  }
}

/** Our codes are `AREA.REASON`; Node's own (`ECONNREFUSED`) and Postgres SQLSTATEs are not. */
export function isCodedError(error: unknown): error is CodedError {
  const code = (error as { code?: unknown } | undefined)?.code;
  return error instanceof Error && typeof code === 'string' && /^[A-Z][A-Z0-9_]*\.[A-Z0-9_.]+$/.test(code);
}
