import { CodedError } from '@chargemesh/contracts/envelope';

/** Another writer appended to the aggregate after we read it (JetStream error 10071). */
export class ConcurrencyConflictError extends CodedError {
  constructor(
    readonly subject: string,
    readonly expectedSeq: number,
  ) {
    super('EVENT.CONCURRENCY_CONFLICT', `aggregate ${subject} moved past sequence ${expectedSeq}`);
  }
}

/** The data does not satisfy the event's published schema: a bug in the writer, never stored. */
export class InvalidEventError extends CodedError {
  constructor(type: string, reason: string) {
    super('EVENT.INVALID', `refusing to append ${type}: ${reason}`);
  }
}

/** A stored message that cannot be read as an event envelope. */
export class UnreadableEventError extends CodedError {
  constructor(subject: string, seq: number, reason: string) {
    super('EVENT.UNREADABLE', `message ${seq} on ${subject} is not a valid event envelope: ${reason}`);
  }
}
