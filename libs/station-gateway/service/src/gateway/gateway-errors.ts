import { CodedError } from '@chargemesh/contracts/envelope';
import type { OcppErrorReason } from '@chargemesh/protocol-ocpp';

/** Failures of handling a station's CALL; the OCPP edge maps the code to the version's CALLERROR. */
export const CALL_ERRORS = {
  security: 'OCPP.SECURITY_ERROR',
  notSupported: 'OCPP.NOT_SUPPORTED',
  protocol: 'OCPP.PROTOCOL_ERROR',
  /** Storing the event failed (NATS or Postgres unreachable): nothing was accepted. */
  storageUnavailable: 'OCPP.STORAGE_UNAVAILABLE',
} as const;

const REASON_BY_CODE: Readonly<Record<string, OcppErrorReason>> = {
  [CALL_ERRORS.security]: 'security',
  [CALL_ERRORS.notSupported]: 'notSupported',
  [CALL_ERRORS.protocol]: 'protocol',
};

/** The CALLERROR reason of a handler failure; anything unexpected is InternalError. */
export function callErrorReasonOf(error: unknown): OcppErrorReason {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && Object.hasOwn(REASON_BY_CODE, code) ? REASON_BY_CODE[code] : 'internal';
}

export class CallRefusedError extends CodedError {
  constructor(code: (typeof CALL_ERRORS)[keyof typeof CALL_ERRORS], message: string) {
    super(code, message);
  }
}
