import { createInbox, headers as natsHeaders, type Msg, type NatsConnection, type Subscription } from '@nats-io/transport-node';
import { v7 as uuidv7 } from 'uuid';
import {
  CodedError,
  type EventData,
  type EventDefinition,
  type EventEnvelope,
  HEADER_CORRELATION_ID,
  HEADER_EVENT_TYPE,
} from '@chargemesh/contracts/envelope';
import { InvalidEventError, natsHeaderMap } from '@chargemesh/platform-messaging';
import { currentTraceparent, injectTraceContext } from '@chargemesh/platform-observability';

interface Pending {
  readonly resolve: (ack: { seq: number; duplicate: boolean }) => void;
  readonly reject: (error: Error) => void;
  readonly deadline: number;
}

const decoder = new TextDecoder();

/**
 * JetStream appends for the frame path, with many in flight. Same envelope, headers and server-side
 * guarantees as the platform EventStore (Nats-Msg-Id deduplication, expected stream, zod check of
 * the data), but without a request object, error objects and a timer per append: PubAcks come back
 * on one inbox subscription, and publishes of one event-loop turn leave in one socket write.
 * EventStore.append cost about half of the gateway's CPU per CALL in the benchmark (see docs/benchmarks.md).
 */
export class JetStreamPublisher {
  private readonly inbox = createInbox();
  private readonly pending = new Map<string, Pending>();
  private readonly subscription: Subscription;
  private readonly sweeper: NodeJS.Timeout;
  private queued: (() => void)[] = [];
  private next = 0;

  constructor(
    private readonly nc: NatsConnection,
    private readonly stream: string,
    private readonly timeoutMs = 10_000,
  ) {
    this.subscription = nc.subscribe(`${this.inbox}.*`, {
      callback: (error, message) => {
        if (!error) this.acknowledge(message);
      },
    });
    this.sweeper = setInterval(() => this.expire(), 500);
    this.sweeper.unref();
  }

  /** Appends unconditionally to `subject` and resolves with the stored sequence after the PubAck. */
  append<TDefinition extends EventDefinition>(
    subject: string,
    aggregateId: string,
    definition: TDefinition,
    data: EventData<TDefinition>,
    options: { deduplicationKey: string; correlationId?: string },
  ): Promise<{ seq: number; duplicate: boolean; envelope: EventEnvelope }> {
    const checked = definition.schema.safeParse(data);
    if (!checked.success) {
      return Promise.reject(new InvalidEventError(definition.name, checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')));
    }
    const id = uuidv7();
    const traceparent = currentTraceparent();
    const envelope: EventEnvelope = {
      id,
      type: definition.name,
      version: definition.version,
      occurredAt: new Date().toISOString(),
      aggregateId,
      correlationId: options.correlationId ?? id,
      ...(traceparent ? { traceparent } : {}),
      // The checked data, not zod's copy of it: the same JSON (no defaults or unknown keys in what handlers build), serialised faster.
      data,
    };
    const headers = natsHeaders();
    headers.set('Nats-Msg-Id', options.deduplicationKey);
    headers.set('Nats-Expected-Stream', this.stream);
    headers.set(HEADER_EVENT_TYPE, definition.name);
    headers.set(HEADER_CORRELATION_ID, envelope.correlationId);
    if (traceparent) injectTraceContext(natsHeaderMap(headers));
    const reply = `${this.inbox}.${(this.next++).toString(36)}`;
    // Buffer.from is several times faster than the TextEncoder behind encodeEnvelope, for the same bytes.
    const payload = Buffer.from(JSON.stringify(envelope));
    return new Promise((resolve, reject) => {
      this.pending.set(reply, { resolve: (ack) => resolve({ ...ack, envelope }), reject, deadline: Date.now() + this.timeoutMs });
      this.enqueue(() => this.nc.publish(subject, payload, { reply, headers }));
    });
  }

  /** Fire-and-forget core publish, sent with the appends of the same event-loop turn. */
  publish(subject: string, payload: string | Uint8Array): void {
    this.enqueue(() => this.nc.publish(subject, payload));
  }

  close(): void {
    clearInterval(this.sweeper);
    this.subscription.unsubscribe();
    for (const [reply, pending] of this.pending) {
      this.pending.delete(reply);
      pending.reject(new CodedError('EVENT.NOT_STORED', 'the publisher closed before the append was acknowledged'));
    }
  }

  // Publishing from setImmediate gathers the appends of every socket read in this loop turn into one write to NATS.
  private enqueue(publish: () => void): void {
    if (this.queued.push(publish) === 1) setImmediate(() => this.flush());
  }

  private flush(): void {
    const batch = this.queued;
    this.queued = [];
    for (const publish of batch) {
      try {
        publish();
      } catch (error) {
        // The connection is closed or draining: appends among them fail through their time-out.
        void error;
      }
    }
  }

  private acknowledge(message: Msg): void {
    const pending = this.pending.get(message.subject);
    if (!pending) return;
    this.pending.delete(message.subject);
    if (message.headers?.code === 503) return pending.reject(new CodedError('EVENT.NOT_STORED', `no stream ${this.stream} for the event`));
    try {
      const ack = JSON.parse(decoder.decode(message.data)) as { seq?: number; duplicate?: boolean; error?: { code: number; err_code?: number; description: string } };
      if (ack.error || ack.seq === undefined) {
        return pending.reject(new CodedError('EVENT.NOT_STORED', `JetStream refused the event: ${ack.error?.description ?? 'no sequence'} (${ack.error?.err_code ?? ack.error?.code})`));
      }
      pending.resolve({ seq: ack.seq, duplicate: Boolean(ack.duplicate) });
    } catch (error) {
      pending.reject(new CodedError('EVENT.NOT_STORED', `unreadable PubAck: ${(error as Error).message}`));
    }
  }

  private expire(): void {
    const now = Date.now();
    for (const [reply, pending] of this.pending) {
      if (pending.deadline > now) continue;
      this.pending.delete(reply);
      pending.reject(new CodedError('EVENT.NOT_STORED', `no PubAck within ${this.timeoutMs} ms`));
    }
  }
}
