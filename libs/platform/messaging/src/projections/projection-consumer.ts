import {
  AckPolicy,
  type Consumer,
  type ConsumerInfo,
  DeliverPolicy,
  type JetStreamClient,
  JetStreamApiCodes,
  JetStreamApiError,
  type JetStreamManager,
  ReplayPolicy,
} from '@nats-io/jetstream';
import { nanos } from '@nats-io/transport-node';

export interface OpenedConsumer {
  consumer: Consumer;
  /** The consumer sequence the next delivery must carry; anything else means a delivery was missed. */
  nextDeliverySeq: number;
  /** Messages not yet delivered when the consumer was opened. */
  pending: number;
}

/**
 * The projection's durable pull consumer. The database checkpoint, not the consumer's ack floor,
 * is the authoritative position: when the consumer holds unacknowledged or redelivered messages,
 * or has delivered past the checkpoint, it is re-created at checkpoint + 1, so that nothing is
 * ever applied out of order and nothing is skipped.
 */
export class ProjectionConsumer {
  constructor(
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    readonly stream: string,
    readonly name: string,
    private readonly filterSubject: string,
    private readonly options: { ackWaitMs: number; maxAckPending: number },
  ) {}

  async open(checkpoint: number): Promise<OpenedConsumer> {
    const existing = await this.info(this.name);
    const resumable =
      existing !== undefined &&
      existing.num_ack_pending === 0 &&
      existing.num_redelivered === 0 &&
      existing.delivered.stream_seq <= checkpoint &&
      existing.config.filter_subject === this.filterSubject;
    if (existing && !resumable) await this.delete(this.name);
    if (!resumable) {
      await this.jsm.consumers.add(this.stream, {
        durable_name: this.name,
        ack_policy: AckPolicy.Explicit,
        ...(checkpoint > 0 ? { deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: checkpoint + 1 } : { deliver_policy: DeliverPolicy.All }),
        filter_subject: this.filterSubject,
        ack_wait: nanos(this.options.ackWaitMs),
        max_ack_pending: this.options.maxAckPending,
        max_deliver: -1,
        replay_policy: ReplayPolicy.Instant,
      });
    }
    const consumer = await this.js.consumers.get(this.stream, this.name);
    const info = await consumer.info(true);
    return { consumer, nextDeliverySeq: info.delivered.consumer_seq + 1, pending: info.num_pending };
  }

  async delete(name: string): Promise<void> {
    await this.jsm.consumers.delete(this.stream, name).catch((error: unknown) => {
      if (!(error instanceof JetStreamApiError && error.code === JetStreamApiCodes.ConsumerNotFound)) throw error;
    });
  }

  private async info(name: string): Promise<ConsumerInfo | undefined> {
    try {
      return await this.jsm.consumers.info(this.stream, name);
    } catch (error) {
      if (error instanceof JetStreamApiError && error.code === JetStreamApiCodes.ConsumerNotFound) return undefined;
      throw error;
    }
  }
}
