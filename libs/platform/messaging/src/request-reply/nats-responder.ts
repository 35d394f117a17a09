import type { Msg, NatsConnection, Subscription } from '@nats-io/transport-node';
import type { Logger } from 'pino';
import { isCodedError, type Reply } from '@chargemesh/contracts/envelope';
import { extractTraceContext, SpanKind, withSpan } from '@chargemesh/platform-observability';
import { natsHeaderMap } from '../tracing/nats-header-map';

const encoder = new TextEncoder();

export type RequestHandler = (payload: unknown, message: Msg) => Promise<unknown>;

/**
 * Serves a request/reply subject. The handler's result becomes `{ok: true, data}`; a thrown
 * CodedError becomes `{ok: false, error: {code, message}}`; anything else is logged and
 * answered as INTERNAL without leaking its details.
 */
export class NatsResponder {
  constructor(
    private readonly nc: NatsConnection,
    private readonly logger: Logger,
  ) {}

  serve(subject: string, handler: RequestHandler, options: { queue?: string } = {}): Subscription {
    return this.nc.subscribe(subject, {
      queue: options.queue,
      callback: (error, message) => {
        if (error) {
          this.logger.error({ err: error, subject }, 'subscription failed');
          return;
        }
        void this.handle(subject, handler, message);
      },
    });
  }

  private async handle(subject: string, handler: RequestHandler, message: Msg): Promise<void> {
    const parent = extractTraceContext(message.headers ? natsHeaderMap(message.headers) : undefined);
    const reply: Reply<unknown> = await withSpan(`process ${subject}`, { kind: SpanKind.SERVER, parent, attributes: { 'messaging.system': 'nats', 'messaging.destination.name': subject } }, async () => {
      try {
        const payload = message.data.length ? message.json() : null;
        return { ok: true as const, data: (await handler(payload, message)) ?? null };
      } catch (error) {
        if (isCodedError(error)) return { ok: false as const, error: { code: error.code, message: error.message } };
        if (error instanceof SyntaxError) return { ok: false as const, error: { code: 'REQUEST.MALFORMED', message: 'the request body is not JSON' } };
        this.logger.error({ err: error, subject }, 'request handler failed');
        return { ok: false as const, error: { code: 'INTERNAL', message: 'internal error' } };
      }
    }).catch((error: unknown) => ({ ok: false as const, error: { code: 'INTERNAL', message: (error as Error).message } }));
    if (message.reply) this.respond(subject, message, reply);
  }

  // An answer that does not fit one NATS message would make the publish throw outside any handler
  // (an unhandled rejection ends the process): the caller gets a coded error instead.
  private respond(subject: string, message: Msg, reply: Reply<unknown>): void {
    let body = encoder.encode(JSON.stringify(reply));
    const maxBytes = this.nc.info?.max_payload;
    if (maxBytes !== undefined && body.length > maxBytes) {
      this.logger.warn({ subject, bytes: body.length, maxBytes }, 'answer too large for one NATS message');
      const tooLarge: Reply<unknown> = { ok: false, error: { code: 'NATS.REPLY_TOO_LARGE', message: `the answer on ${subject} is ${body.length} bytes, more than the ${maxBytes} bytes one NATS message may carry; the request itself was carried out: ask for less` } };
      body = encoder.encode(JSON.stringify(tooLarge));
    }
    try {
      message.respond(body);
    } catch (error) {
      this.logger.error({ err: error, subject }, 'could not send the answer');
    }
  }
}
