import type { OcppErrorCodeOf } from '../error-codes';
import type { OcppVersion } from '../versions';
import { MessageTypeId } from './parse-frame';

/** OCPP 2.0.1 Part 4 §4.2.3 limits errorDescription to 255 characters; 1.6J sets no limit. */
export const ERROR_DESCRIPTION_MAX_LENGTH: Readonly<Record<OcppVersion, number>> = {
  '1.6': Number.POSITIVE_INFINITY,
  '2.0.1': 255,
};

// OCPP-J wants {} rather than null for an empty payload; JSON.stringify would write undefined as null.
const orEmptyObject = (payload: unknown): unknown => payload ?? {};

/** `[2, messageId, action, payload]` for a CALL we send; use createMessageId() for the id. */
export function serializeCall(messageId: string, action: string, payload: unknown): string {
  return JSON.stringify([MessageTypeId.Call, messageId, action, orEmptyObject(payload)]);
}

/** `[3, messageId, payload]` answering the CALL with that id. */
export function serializeCallResult(messageId: string, payload: unknown): string {
  return JSON.stringify([MessageTypeId.CallResult, messageId, orEmptyObject(payload)]);
}

/**
 * `[4, messageId, errorCode, errorDescription, errorDetails]`. The code type is the negotiated
 * version's (FormatViolation cannot be sent to a 1.6 station by mistake), the description is cut
 * to the version's limit, and details default to {} as the spec requires.
 */
export function serializeCallError<V extends OcppVersion>(
  version: V,
  messageId: string,
  code: OcppErrorCodeOf<V>,
  description = '',
  details: Readonly<Record<string, unknown>> = {},
): string {
  const text = truncate(description, ERROR_DESCRIPTION_MAX_LENGTH[version]);
  return JSON.stringify([MessageTypeId.CallError, messageId, code, text, details]);
}

function truncate(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  // Do not cut a surrogate pair in half: that would leave a lone surrogate, which is not valid UTF-8.
  const end = isHighSurrogate(text.charCodeAt(maxLength - 1)) ? maxLength - 1 : maxLength;
  return text.slice(0, end);
}

const isHighSurrogate = (charCode: number) => charCode >= 0xd800 && charCode <= 0xdbff;
