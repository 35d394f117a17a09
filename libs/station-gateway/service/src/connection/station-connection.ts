import {
  type CallFrame,
  errorCodeFor,
  parseFrame,
  serializeCallError,
  serializeCallResult,
  validateResponse,
  validateStationCall,
} from '@chargemesh/protocol-ocpp';
import { SpanKind, withSpan } from '@chargemesh/platform-observability';
import { mayHandleStationCall } from '@chargemesh/station-gateway-domain';
import type { Logger } from 'pino';
import WebSocket from 'ws';
import { callErrorReasonOf } from '../gateway/gateway-errors';
import type { GatewaySettings } from '../gateway/gateway-settings';
import type { GatewayPorts } from '../gateway/ports';
import { MESSAGE_HANDLERS } from '../messages/handler-table';
import { type InboundCall, type MessageHandler, TRANSACTION_ACTIONS } from '../messages/message-handler';
import { CallContext } from './call-context';
import { frameFingerprint } from './frame-fingerprint';
import { OutboundCalls } from './outbound-calls';
import type { StationSession } from './station-session';

export type DisconnectReason = 'closed' | 'replaced' | 'unresponsive' | 'shutdown' | 'error';

/** What a connection needs from the server that accepted it. */
export interface ConnectionHost {
  readonly ports: GatewayPorts;
  readonly settings: GatewaySettings;
  readonly logger: Logger;
  connectionClosed(connection: StationConnection, reason: DisconnectReason, code: number): void;
}

interface QueuedCall {
  readonly frame: CallFrame;
  readonly hash: string;
}

/**
 * Frames to send at the end of this event-loop turn. Answers to every station whose frame was read
 * in this turn leave together: the load generator (or the network) is woken once per burst instead
 * of once per answer, which cost a loaded gateway more than all of its own frame handling. Order per
 * socket is kept, and nothing waits longer than the current turn.
 */
let outbox: [WebSocket, string][] = [];

function sendSoon(ws: WebSocket, frame: string): void {
  if (outbox.push([ws, frame]) === 1) setImmediate(flushOutbox);
}

function flushOutbox(): void {
  const batch = outbox;
  outbox = [];
  for (const [ws, frame] of batch) if (ws.readyState === WebSocket.OPEN) ws.send(frame);
}

/** Ids of recent CALLs kept per connection to recognise a reused id (bounded: memory per idle station matters). */
const RECENT_IDS = 32;

/**
 * One station's WebSocket: parses and validates every frame, answers errors with the version's
 * CALLERROR, handles its CALLs strictly one at a time in arrival order (a second CALL is queued,
 * not refused), and sends our CALLs through OutboundCalls. Nothing here touches Nest or the
 * database per frame; events go out through the ports.
 */
export class StationConnection {
  readonly outbound: OutboundCalls;
  private readonly handlers: ReadonlyMap<string, MessageHandler>;
  /** One context per connection, reused for each CALL: CALLs are handled one at a time, and this path runs for every frame. */
  private readonly context: CallContext;
  private readonly queue: QueuedCall[] = [];
  /** Fingerprints of the last RECENT_IDS CALL ids, with a ring of the ids to evict the oldest without an iterator. */
  private readonly recentIds = new Map<string, string>();
  private readonly recentRing: string[] = [];
  private recentNext = 0;
  private handlingId?: string;
  private handling = false;
  private ready = false;
  private closed = false;
  private reason: DisconnectReason = 'closed';
  missedPongs = 0;

  constructor(
    readonly ws: WebSocket,
    readonly session: StationSession,
    private readonly host: ConnectionHost,
  ) {
    this.handlers = MESSAGE_HANDLERS[session.version];
    this.context = new CallContext(session, host.ports, host.settings);
    this.outbound = new OutboundCalls(session.version, (frame, auditFrame) => this.write(frame, auditFrame));
    ws.on('message', (data) => this.onMessage(data as Buffer));
    ws.on('pong', () => (this.missedPongs = 0));
    ws.on('close', (code) => this.onClose(code));
    ws.on('error', (error) => {
      host.logger.debug({ err: error, stationId: session.stationId }, 'station socket error');
      this.reason = 'error';
    });
  }

  get isOpen(): boolean {
    return !this.closed && this.ws.readyState === WebSocket.OPEN;
  }

  /** Starts handling CALLs; frames that arrived while the connection was being set up are waiting in the queue. */
  start(): void {
    this.ready = true;
    void this.drain();
  }

  close(reason: DisconnectReason, code: number, text: string): void {
    if (this.closed) return;
    this.reason = reason;
    if (reason === 'unresponsive') this.ws.terminate();
    else this.ws.close(code, text);
  }

  private onMessage(data: Buffer): void {
    this.missedPongs = 0;
    const { session, host } = this;
    host.ports.audit.frame(session.stationId, 'in', data);
    const frame = parseFrame(session.version, data);
    switch (frame.kind) {
      case 'call':
        return this.enqueue(frame, data);
      case 'callResult':
        if (!this.outbound.resolve(frame.messageId, frame.payload)) host.logger.debug({ stationId: session.stationId, messageId: frame.messageId }, 'unmatched CALLRESULT');
        return;
      case 'callError':
        this.outbound.fail(frame.messageId, frame.errorCode, frame.errorDescription);
        return;
      case 'invalid':
        if (frame.respond) this.write(serializeCallError(session.version, frame.messageId, frame.code, frame.description));
        else if (frame.messageTypeId === 3 || frame.messageTypeId === 4) this.outbound.fail(frame.messageId, 'ProtocolError', `malformed answer: ${frame.description}`);
        return;
    }
  }

  private enqueue(frame: CallFrame, raw: Buffer): void {
    const hash = frameFingerprint(raw);
    const seen = this.recentIds.get(frame.messageId);
    if (seen !== undefined) {
      if (seen !== hash) {
        const code = errorCodeFor(this.session.version, 'rpcFramework');
        this.write(serializeCallError(this.session.version, frame.messageId, code, `message id ${frame.messageId} was already used for another message on this connection`));
        return;
      }
      // The same CALL again: while the first is pending its answer serves both; afterwards handling it again is idempotent.
      if (this.isPending(frame.messageId)) return;
    }
    if (this.queue.length >= this.host.settings.maxQueuedCalls) {
      this.close('error', 1008, 'too many CALLs without waiting for answers');
      return;
    }
    if (seen === undefined) this.remember(frame.messageId, hash);
    this.queue.push({ frame, hash });
    if (!this.handling && this.ready) void this.drain();
  }

  private remember(messageId: string, hash: string): void {
    const evicted = this.recentRing[this.recentNext];
    if (evicted !== undefined) this.recentIds.delete(evicted);
    this.recentRing[this.recentNext] = messageId;
    this.recentNext = (this.recentNext + 1) % RECENT_IDS;
    this.recentIds.set(messageId, hash);
  }

  private isPending(messageId: string): boolean {
    return this.handlingId === messageId || this.queue.some((queued) => queued.frame.messageId === messageId);
  }

  private async drain(): Promise<void> {
    if (this.handling) return;
    this.handling = true;
    try {
      for (let next = this.queue.shift(); next && !this.closed; next = this.queue.shift()) {
        this.handlingId = next.frame.messageId;
        await this.handle(next);
      }
      this.handlingId = undefined;
    } finally {
      this.handling = false;
    }
  }

  private async handle({ frame, hash }: QueuedCall): Promise<void> {
    const { session, host } = this;
    const { version } = session;
    const { messageId, action, payload } = frame;
    const valid = validateStationCall(version, action, payload);
    if (!valid.ok) return this.write(serializeCallError(version, messageId, valid.code, valid.description, valid.details));
    const handler = this.handlers.get(action);
    if (!handler) return this.write(serializeCallError(version, messageId, errorCodeFor(version, 'notImplemented'), `${action} is not handled`));
    if (!mayHandleStationCall(session.registrationStatus, action, session.triggered)) {
      const state = session.registrationStatus ?? 'not booted';
      return this.write(serializeCallError(version, messageId, errorCodeFor(version, 'security'), `the station is ${state}: only BootNotification is accepted`));
    }
    const context = this.context;
    context.call = { messageId, action, payload, frameHash: hash, receivedAt: Date.now() };
    const call = context.call;
    try {
      const response = await (host.settings.tracing ? this.traced(call, () => handler(context)) : handler(context));
      if (session.registrationStatus === 'Pending') session.triggered.delete(action);
      const check = validateResponse(version, action, response);
      if (!check.ok) {
        host.logger.error({ stationId: session.stationId, action, problem: check.description }, 'refusing to send an invalid CALLRESULT');
        return this.write(serializeCallError(version, messageId, errorCodeFor(version, 'internal'), 'the CSMS could not produce a valid answer'));
      }
      this.write(serializeCallResult(messageId, response));
    } catch (error) {
      this.answerFailure(call, error);
    }
  }

  private traced<T>(call: InboundCall, work: () => Promise<T>): Promise<T> {
    const { session } = this;
    const attributes = { 'ocpp.station_id': session.stationId, 'ocpp.version': session.version, 'ocpp.action': call.action, 'ocpp.message_id': call.messageId };
    return withSpan(`ocpp ${call.action}`, { kind: SpanKind.SERVER, attributes }, work);
  }

  /**
   * A CALL we could not handle. Refusals get their CALLERROR. An unexpected failure (NATS or
   * Postgres unreachable) of a transaction message closes the socket instead: a CALLERROR would
   * count as a failed attempt, after which 1.6 and 2.0.1 stations may drop the message, while an
   * unanswered message stays queued and is sent again after the reconnect.
   */
  private answerFailure(call: InboundCall, error: unknown): void {
    const { session, host } = this;
    const reason = callErrorReasonOf(error);
    if (reason === 'internal') {
      host.logger.warn({ err: error, stationId: session.stationId, action: call.action }, 'handling a station message failed');
      if (TRANSACTION_ACTIONS.has(call.action)) {
        this.close('error', 1011, 'temporarily unable to store; send again after reconnecting');
        return;
      }
    }
    const text = reason === 'internal' ? 'internal error; try again later' : (error as Error).message;
    this.write(serializeCallError(session.version, call.messageId, errorCodeFor(session.version, reason), text));
  }

  private write(frame: string, auditFrame?: string): void {
    if (this.ws.readyState !== WebSocket.OPEN) return;
    sendSoon(this.ws, frame);
    this.host.ports.audit.frame(this.session.stationId, 'out', auditFrame ?? frame);
  }

  private onClose(code: number): void {
    if (this.closed) return;
    this.closed = true;
    this.queue.length = 0;
    this.outbound.abort(`station ${this.session.stationId} disconnected`);
    this.host.connectionClosed(this, this.reason, code);
  }
}

