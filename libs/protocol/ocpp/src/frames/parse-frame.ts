import { errorCodeFor, type OcppErrorCodeOf, type OcppErrorReason } from '../error-codes';
import type { OcppVersion } from '../versions';
import { MESSAGE_ID_MAX_LENGTH, UNREADABLE_MESSAGE_ID } from './message-id';

/** OCPP-J message type numbers (2.1's CALLRESULTERROR and SEND are out of scope). */
export const MessageTypeId = { Call: 2, CallResult: 3, CallError: 4 } as const;

/** `[2, messageId, action, payload]`. The payload is not checked here: validateStationCall does that. */
export interface CallFrame {
  readonly kind: 'call';
  readonly messageId: string;
  readonly action: string;
  readonly payload: unknown;
}

/** `[3, messageId, payload]`; its schema depends on the CALL it answers, so validateResponse comes later. */
export interface CallResultFrame {
  readonly kind: 'callResult';
  readonly messageId: string;
  readonly payload: unknown;
}

/** `[4, messageId, errorCode, errorDescription, errorDetails]`; read the code with errorReasonOfCode(). */
export interface CallErrorFrame {
  readonly kind: 'callError';
  readonly messageId: string;
  readonly errorCode: string;
  readonly errorDescription: string;
  readonly errorDetails: unknown;
}

/**
 * A message that is not a well-formed CALL, CALLRESULT or CALLERROR. When `respond` is true, answer
 * with serializeCallError(version, messageId, code, description); `messageId` is "-1" when the
 * message's own id could not be read or was longer than 36 characters. `respond` is false for a
 * broken CALLRESULT/CALLERROR (OCPP-J answers only CALLs; fail the pending CALL with messageId
 * instead) and for an unknown message type in 1.6, whose spec says to ignore the message.
 */
export interface InvalidFrame<V extends OcppVersion = OcppVersion> {
  readonly kind: 'invalid';
  readonly messageId: string;
  readonly messageTypeId: number | undefined;
  readonly code: OcppErrorCodeOf<V>;
  readonly description: string;
  readonly respond: boolean;
}

export type ParsedFrame<V extends OcppVersion = OcppVersion> =
  CallFrame | CallResultFrame | CallErrorFrame | InvalidFrame<V>;

/**
 * Parses one WebSocket text frame with a single JSON.parse; the payload returned is the parsed
 * object itself, not a copy. Framing problems come back as an InvalidFrame spelled for `version`:
 * bad JSON or a broken CALL is RpcFrameworkError in 2.0.1 and FormationViolation in 1.6; an
 * unknown message type is MessageTypeNotSupported in 2.0.1 (1.6 has no such code).
 */
export function parseFrame<V extends OcppVersion>(version: V, raw: string | Buffer): ParsedFrame<V> {
  let message: unknown;
  try {
    message = JSON.parse(typeof raw === 'string' ? raw : raw.toString('utf8'));
  } catch {
    return invalid(version, UNREADABLE_MESSAGE_ID, undefined, 'rpcFramework', 'message is not valid JSON', true);
  }
  if (!Array.isArray(message) || message.length === 0) {
    return invalid(
      version,
      UNREADABLE_MESSAGE_ID,
      undefined,
      'rpcFramework',
      'message is not a non-empty JSON array',
      true,
    );
  }
  const typeId: unknown = message[0];
  const rawId: unknown = message[1];
  const idProblem = messageIdProblem(rawId);
  const messageId = idProblem === undefined ? (rawId as string) : UNREADABLE_MESSAGE_ID;

  switch (typeId) {
    case MessageTypeId.Call:
      if (idProblem !== undefined) return invalid(version, messageId, typeId, 'rpcFramework', idProblem, true);
      if (message.length !== 4 || typeof message[2] !== 'string') {
        return invalid(version, messageId, typeId, 'rpcFramework', 'a CALL is [2, messageId, action, payload]', true);
      }
      return { kind: 'call', messageId, action: message[2], payload: message[3] };
    case MessageTypeId.CallResult:
      if (idProblem !== undefined) return invalid(version, messageId, typeId, 'rpcFramework', idProblem, false);
      if (message.length !== 3) {
        return invalid(version, messageId, typeId, 'rpcFramework', 'a CALLRESULT is [3, messageId, payload]', false);
      }
      return { kind: 'callResult', messageId, payload: message[2] };
    case MessageTypeId.CallError:
      if (idProblem !== undefined) return invalid(version, messageId, typeId, 'rpcFramework', idProblem, false);
      if (message.length !== 5 || typeof message[2] !== 'string' || typeof message[3] !== 'string') {
        const shape = 'a CALLERROR is [4, messageId, errorCode, errorDescription, errorDetails]';
        return invalid(version, messageId, typeId, 'rpcFramework', shape, false);
      }
      return {
        kind: 'callError',
        messageId,
        errorCode: message[2],
        errorDescription: message[3],
        errorDetails: message[4],
      };
    default:
      if (typeof typeId !== 'number') {
        return invalid(version, messageId, undefined, 'rpcFramework', 'message type id must be a number', true);
      }
      return invalid(
        version,
        messageId,
        typeId,
        'messageTypeNotSupported',
        `message type ${typeId} is not supported`,
        version !== '1.6',
      );
  }
}

function messageIdProblem(rawId: unknown): string | undefined {
  if (typeof rawId !== 'string') return 'message id must be a string';
  if (rawId.length > MESSAGE_ID_MAX_LENGTH) return `message id is longer than ${MESSAGE_ID_MAX_LENGTH} characters`;
  return undefined;
}

function invalid<V extends OcppVersion>(
  version: V,
  messageId: string,
  messageTypeId: number | undefined,
  reason: OcppErrorReason,
  description: string,
  respond: boolean,
): InvalidFrame<V> {
  return { kind: 'invalid', messageId, messageTypeId, code: errorCodeFor(version, reason), description, respond };
}
