import { type JetStreamClient, JetStreamApiCodes, JetStreamApiError, type JetStreamManager } from '@nats-io/jetstream';
import { headers as natsHeaders } from '@nats-io/transport-node';
import { v7 as uuidv7 } from 'uuid';
import {
  type EventData,
  type EventDefinition,
  type EventEnvelope,
  eventSubject,
  HEADER_CORRELATION_ID,
  HEADER_EVENT_TYPE,
  type StreamDefinition,
  streamName,
} from '@chargemesh/contracts/envelope';
import { currentTraceparent, injectTraceContext, SpanKind, withSpan } from '@chargemesh/platform-observability';
import { natsHeaderMap } from '../tracing/nats-header-map';
import { decodeEnvelope, encodeEnvelope } from './envelope-codec';
import { ConcurrencyConflictError, InvalidEventError } from './event-store.errors';

/** Identifies one aggregate instance: its stream, aggregate type and raw (unencoded) id. */
export interface AggregateRef {
  readonly stream: StreamDefinition;
  readonly aggregate: string;
  readonly id: string;
}

export interface AppendOptions {
  /**
   * Stream sequence of the aggregate's last event as the writer saw it (0: the aggregate must
   * not exist yet). Omit to append unconditionally, for facts that need no decision.
   */
  expectedSeq?: number;
  correlationId?: string;
  causationId?: string;
  /** Deduplication key for retries of the same logical write; defaults to the new event id. */
  deduplicationKey?: string;
  occurredAt?: Date;
}

export interface AppendResult<TData = unknown> {
  seq: number;
  /** True when JetStream recognised the write as a retry and stored nothing new. */
  duplicate: boolean;
  envelope: EventEnvelope<TData>;
}

export interface StoredEvent {
  seq: number;
  subject: string;
  envelope: EventEnvelope;
}

/**
 * Appends events to and reads aggregates from the namespace's JetStream event-store streams.
 * Every append carries `Nats-Msg-Id` (server-side dedupe, so a retry after a timeout is safe)
 * and, when given, the expected last subject sequence (optimistic concurrency).
 */
export class EventStore {
  constructor(
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    readonly namespace: string,
  ) {}

  subjectOf(ref: AggregateRef): string {
    return eventSubject(this.namespace, ref.stream.context, ref.aggregate, ref.id);
  }

  async append<TDefinition extends EventDefinition>(
    ref: AggregateRef,
    definition: TDefinition,
    data: EventData<TDefinition>,
    options: AppendOptions = {},
  ): Promise<AppendResult<EventData<TDefinition>>> {
    const checked = definition.schema.safeParse(data);
    if (!checked.success) throw new InvalidEventError(definition.name, checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
    const subject = this.subjectOf(ref);
    const id = uuidv7();
    const envelope: EventEnvelope<EventData<TDefinition>> = {
      id,
      type: definition.name,
      version: definition.version,
      occurredAt: (options.occurredAt ?? new Date()).toISOString(),
      aggregateId: ref.id,
      correlationId: options.correlationId ?? id,
      ...(options.causationId ? { causationId: options.causationId } : {}),
      ...(currentTraceparent() ? { traceparent: currentTraceparent() } : {}),
      data: checked.data as EventData<TDefinition>,
    };
    return withSpan(
      `publish ${ref.stream.name}`,
      { kind: SpanKind.PRODUCER, attributes: { 'messaging.system': 'nats', 'messaging.destination.name': subject, 'messaging.message.id': id, 'event.type': definition.name } },
      async () => {
        const headers = natsHeaders();
        headers.set(HEADER_EVENT_TYPE, definition.name);
        headers.set(HEADER_CORRELATION_ID, envelope.correlationId);
        injectTraceContext(natsHeaderMap(headers));
        try {
          const ack = await this.js.publish(subject, encodeEnvelope(envelope), {
            msgID: options.deduplicationKey ?? id,
            headers,
            expect: {
              streamName: streamName(this.namespace, ref.stream.name),
              ...(options.expectedSeq !== undefined ? { lastSubjectSequence: options.expectedSeq } : {}),
            },
          });
          return { seq: ack.seq, duplicate: ack.duplicate, envelope };
        } catch (error) {
          if (error instanceof JetStreamApiError && error.code === JetStreamApiCodes.StreamWrongLastSequence) {
            throw new ConcurrencyConflictError(subject, options.expectedSeq ?? -1);
          }
          throw error;
        }
      },
    );
  }

  /** Sequence of the aggregate's last event, 0 when it has none. */
  async lastSequence(ref: AggregateRef): Promise<number> {
    const last = await this.jsm.streams.getMessage(streamName(this.namespace, ref.stream.name), { last_by_subj: this.subjectOf(ref) });
    return last?.seq ?? 0;
  }

  /** All events of one aggregate, in order, up to its last event at the time of the call. */
  async load(ref: AggregateRef): Promise<{ events: StoredEvent[]; lastSeq: number }> {
    const lastSeq = await this.lastSequence(ref);
    if (lastSeq === 0) return { events: [], lastSeq };
    const subject = this.subjectOf(ref);
    const consumer = await this.js.consumers.get(streamName(this.namespace, ref.stream.name), { filter_subjects: subject });
    const events: StoredEvent[] = [];
    const messages = await consumer.consume({ max_messages: 256 });
    try {
      for await (const message of messages) {
        events.push({ seq: message.seq, subject, envelope: decodeEnvelope(message.data, subject, message.seq) });
        if (message.seq >= lastSeq) break;
      }
    } finally {
      await messages.close();
    }
    return { events, lastSeq };
  }
}
