import { CodedError } from '@chargemesh/contracts/envelope';

/** Nobody is subscribed: for `cmd.station.<id>` this means the station is not connected anywhere. */
export class NoRespondersError extends CodedError {
  constructor(readonly subject: string) {
    super('NATS.NO_RESPONDERS', `no service is listening on ${subject}`);
  }
}

export class RequestTimeoutError extends CodedError {
  constructor(
    readonly subject: string,
    readonly timeoutMs: number,
  ) {
    super('NATS.TIMEOUT', `no answer on ${subject} within ${timeoutMs} ms`);
  }
}

/** The responder answered with an error; `code` is its stable error code. */
export class RemoteError extends CodedError {
  constructor(code: string, message: string) {
    super(code, message);
    this.name = 'RemoteError';
  }
}

/** The request does not fit one NATS message (the server's max_payload); nothing was sent. */
export class RequestTooLargeError extends CodedError {
  constructor(
    readonly subject: string,
    readonly bytes: number,
    readonly maxBytes: number,
  ) {
    super('NATS.REQUEST_TOO_LARGE', `the request on ${subject} is ${bytes} bytes, more than the ${maxBytes} bytes one NATS message may carry`);
  }
}
