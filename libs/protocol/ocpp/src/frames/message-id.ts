import { randomUUID } from 'node:crypto';

/** OCPP-J: a message id is a string of at most 36 characters. */
export const MESSAGE_ID_MAX_LENGTH = 36;

/** The id a CALLERROR carries when the offending message's id could not be read (OCPP-J §4.2.3). */
export const UNREADABLE_MESSAGE_ID = '-1';

/**
 * A fresh id for a CALL we send. UUIDs are exactly 36 characters and random, so they stay unique
 * across reconnects and gateway instances, as 2.0.1 errata [702] requires per station identity.
 */
export function createMessageId(): string {
  return randomUUID();
}
