import { CodedError, isCodedError } from '@chargemesh/contracts/envelope';
import { OICP_ERRORS } from '@chargemesh/contracts/oicp';
import type { OicpStatusCode } from '@chargemesh/protocol-oicp';

/**
 * An inbound OICP request answered with a status code other than 000. Thrown by handlers and turned
 * into the operation's negative answer at the edge (an acknowledgement with Result false, a NotAuthorized,
 * or a bare StatusCode body).
 */
export class OicpStatusError extends CodedError {
  constructor(
    readonly status: OicpStatusCode,
    message: string,
  ) {
    super(`OICP.STATUS_${status}`, message);
  }
}

/** Maps the stable error codes of the service to the OICP status code a peer gets; only used at the edge. */
export function oicpStatusOf(error: unknown): { status: OicpStatusCode; info?: string } {
  if (error instanceof OicpStatusError) return { status: error.status, info: error.message };
  if (!isCodedError(error)) return { status: '021' };
  switch (error.code) {
    case OICP_ERRORS.sessionUnknown:
      return { status: '400', info: error.message };
    // A second, different CDR for a session is bad data, not a passing failure: the sender must not retry it.
    case OICP_ERRORS.cdrConflict:
    case 'REQUEST.INVALID':
    case OICP_ERRORS.invalid:
    case OICP_ERRORS.recordTooLarge:
      return { status: '022', info: error.message };
    // Part of a large push was recorded, or another one was still being recorded: the sender sends it again.
    case OICP_ERRORS.submissionIncomplete:
    case OICP_ERRORS.submissionBusy:
      return { status: '009', info: error.message };
  }
  // The event store or NATS failed: nothing was recorded, the sender may retry.
  if (/^(NATS|EVENT)\./.test(error.code)) return { status: '009', info: 'the request could not be recorded; try again' };
  return { status: '021' };
}
