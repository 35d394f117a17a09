import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import type { JetStreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { type EventData, type EventDefinition, eventSubject, STREAMS, streamName } from '@chargemesh/contracts/envelope';
import { STATION_AGGREGATE } from '@chargemesh/contracts/station';
import type { PlatformConfig } from '@chargemesh/platform-config';
import { type AggregateRef, decodeEnvelope } from '@chargemesh/platform-messaging';
import { JETSTREAM_MANAGER, NATS_CONNECTION, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { AppendOutcome, StationEventSink } from '../gateway/ports';
import { JetStreamPublisher } from './jetstream-publisher';

export const stationRef = (stationId: string): AggregateRef => ({ stream: STREAMS.STATION, aggregate: STATION_AGGREGATE, id: stationId });

const MAX_CACHED_SUBJECTS = 100_000;

/**
 * Station events into the STATION stream, subject `<ns>.station.station.<encodedId>` (one per
 * station, so per-station order holds), deduplicated by the key each handler chooses, answered
 * only after the PubAck. Also carries the audit frames, so that both leave in the same write.
 */
@Injectable()
export class JetStreamStationEventSink implements StationEventSink, OnApplicationShutdown {
  readonly publisher: JetStreamPublisher;
  private readonly namespace: string;
  private readonly subjects = new Map<string, string>();

  constructor(
    @Inject(NATS_CONNECTION) nc: NatsConnection,
    @Inject(JETSTREAM_MANAGER) private readonly jsm: JetStreamManager,
    @Inject(SERVICE_CONFIG) config: PlatformConfig,
  ) {
    this.namespace = config.CHARGEMESH_NAMESPACE;
    this.publisher = new JetStreamPublisher(nc, streamName(this.namespace, STREAMS.STATION.name));
  }

  async append<TDefinition extends EventDefinition>(
    stationId: string,
    definition: TDefinition,
    data: EventData<TDefinition>,
    options: { deduplicationKey: string; correlationId?: string },
  ): Promise<AppendOutcome> {
    const { seq, duplicate } = await this.publisher.append(this.subjectOf(stationId), stationId, definition, data, options);
    return { seq, duplicate };
  }

  async transactionIdAt(seq: number): Promise<string | undefined> {
    const stream = streamName(this.namespace, STREAMS.STATION.name);
    const message = await this.jsm.streams.getMessage(stream, { seq });
    if (!message) return undefined;
    const envelope = decodeEnvelope(message.data, message.subject, seq);
    return (envelope.data as { transactionId?: string }).transactionId;
  }

  onApplicationShutdown(): void {
    this.publisher.close();
  }

  private subjectOf(stationId: string): string {
    let subject = this.subjects.get(stationId);
    if (subject === undefined) {
      subject = eventSubject(this.namespace, STREAMS.STATION.context, STATION_AGGREGATE, stationId);
      if (this.subjects.size >= MAX_CACHED_SUBJECTS) this.subjects.clear();
      this.subjects.set(stationId, subject);
    }
    return subject;
  }
}
