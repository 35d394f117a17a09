import { errors, headers as natsHeaders, type NatsConnection } from '@nats-io/transport-node';
import { replySchema } from '@chargemesh/contracts/envelope';
import { injectTraceContext, SpanKind, withSpan } from '@chargemesh/platform-observability';
import { natsHeaderMap } from '../tracing/nats-header-map';
import { NoRespondersError, RemoteError, RequestTimeoutError, RequestTooLargeError } from './request-reply.errors';

const encoder = new TextEncoder();

/**
 * Commands and queries between services over core NATS request/reply. A failure is always one
 * of four distinct errors: no responders, a time-out, a request too large for one NATS message, or
 * the responder's own coded error.
 */
export class NatsRequester {
  constructor(
    private readonly nc: NatsConnection,
    private readonly defaultTimeoutMs = 5_000,
  ) {}

  async request<TResult>(subject: string, payload: unknown, options: { timeoutMs?: number } = {}): Promise<TResult> {
    const timeoutMs = options.timeoutMs ?? this.defaultTimeoutMs;
    return withSpan(`send ${subject}`, { kind: SpanKind.CLIENT, attributes: { 'messaging.system': 'nats', 'messaging.destination.name': subject } }, async () => {
      const headers = natsHeaders();
      injectTraceContext(natsHeaderMap(headers));
      const body = encoder.encode(JSON.stringify(payload ?? null));
      const maxBytes = this.nc.info?.max_payload;
      if (maxBytes !== undefined && body.length > maxBytes) throw new RequestTooLargeError(subject, body.length, maxBytes);
      let answer;
      try {
        answer = await this.nc.request(subject, body, { timeout: timeoutMs, headers });
      } catch (error) {
        if (error instanceof errors.NoRespondersError || (error instanceof errors.RequestError && error.isNoResponders())) throw new NoRespondersError(subject);
        if (error instanceof errors.TimeoutError || (error instanceof errors.RequestError && error.cause instanceof errors.TimeoutError)) {
          throw new RequestTimeoutError(subject, timeoutMs);
        }
        throw error;
      }
      const reply = replySchema.parse(answer.json());
      if (!reply.ok) throw new RemoteError(reply.error.code, reply.error.message);
      return reply.data as TResult;
    });
  }
}
