import { CodedError } from '@chargemesh/contracts/envelope';
import { STATION_ERRORS } from '@chargemesh/contracts/station';
import { createMessageId, errorReasonOfCode, type OcppVersion, serializeCall, validateResponse } from '@chargemesh/protocol-ocpp';
import { mayCarrySecrets, redactSecrets } from '@chargemesh/station-gateway-domain';

interface Waiting {
  readonly messageId: string;
  readonly action: string;
  readonly payload: unknown;
  readonly deadline: number;
  readonly resolve: (result: unknown) => void;
  readonly reject: (error: Error) => void;
}

interface InFlight extends Waiting {
  readonly timer: NodeJS.Timeout;
}

/** Writes a frame to the station; the second argument is the frame for the audit stream when it must differ (secrets). */
export type FrameWriter = (frame: string, auditFrame?: string) => void;

/**
 * Our CALLs to one station: one outstanding at a time (OCPP-J §4.1.1), the others wait in order.
 * Each has a deadline that covers its wait in the queue. Payloads were validated by the caller;
 * answers are checked against the response schema here.
 */
export class OutboundCalls {
  private current?: InFlight;
  private readonly waiting: Waiting[] = [];

  constructor(
    private readonly version: OcppVersion,
    private readonly write: FrameWriter,
  ) {}

  get pending(): number {
    return this.waiting.length + (this.current ? 1 : 0);
  }

  /** Sends `action` when the CALLs before it are answered; resolves with the station's validated CALLRESULT payload. */
  call(action: string, payload: unknown, timeoutMs: number, messageId = createMessageId()): Promise<unknown> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ messageId, action, payload, deadline: Date.now() + timeoutMs, resolve, reject });
      this.sendNext();
    });
  }

  /** A CALLRESULT from the station; true when it answered our outstanding CALL. */
  resolve(messageId: string, payload: unknown): boolean {
    const call = this.take(messageId);
    if (!call) return false;
    const check = validateResponse(this.version, call.action, payload);
    if (check.ok) call.resolve(payload);
    else call.reject(new CodedError(STATION_ERRORS.invalidResponse, `the station's ${call.action} response is invalid: ${check.description}`));
    return true;
  }

  /** A CALLERROR (or a broken answer) from the station for our outstanding CALL. */
  fail(messageId: string, errorCode: string, description: string): boolean {
    const call = this.take(messageId);
    if (!call) return false;
    const known = errorReasonOfCode(errorCode) ? errorCode : `unknown code ${JSON.stringify(errorCode)}`;
    call.reject(new CodedError(STATION_ERRORS.callError, `the station answered ${call.action} with ${known}: ${description}`));
    return true;
  }

  /** The connection is gone: nothing pending will be answered. */
  abort(reason: string): void {
    const error = () => new CodedError(STATION_ERRORS.offline, reason);
    if (this.current) {
      clearTimeout(this.current.timer);
      this.current.reject(error());
      this.current = undefined;
    }
    for (const call of this.waiting.splice(0)) call.reject(error());
  }

  private take(messageId: string): InFlight | undefined {
    const call = this.current;
    if (!call || call.messageId !== messageId) return undefined;
    clearTimeout(call.timer);
    this.current = undefined;
    queueMicrotask(() => this.sendNext());
    return call;
  }

  private sendNext(): void {
    while (!this.current && this.waiting.length) {
      const next = this.waiting.shift() as Waiting;
      const left = next.deadline - Date.now();
      if (left <= 0) {
        next.reject(new CodedError(STATION_ERRORS.timeout, `${next.action} waited too long behind other commands to this station`));
        continue;
      }
      const { messageId } = next;
      const timer = setTimeout(() => {
        if (this.current?.messageId !== messageId) return;
        this.current = undefined;
        next.reject(new CodedError(STATION_ERRORS.timeout, `the station did not answer ${next.action} in time`));
        this.sendNext();
      }, left);
      this.current = { ...next, timer };
      const frame = serializeCall(messageId, next.action, next.payload);
      this.write(frame, mayCarrySecrets(next.action) ? serializeCall(messageId, next.action, redactSecrets(next.action, next.payload)) : undefined);
    }
  }
}
