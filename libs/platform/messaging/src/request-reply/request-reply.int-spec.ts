import { context, trace, TraceFlags } from '@opentelemetry/api';
import type { NatsConnection } from '@nats-io/transport-node';
import { CodedError } from '@chargemesh/contracts/envelope';
import { startTelemetry } from '@chargemesh/platform-observability';
import { connectTestNats, testLogger, testNamespace } from '@chargemesh/platform-testing';
import { NatsRequester } from './nats-requester';
import { NatsResponder } from './nats-responder';
import { NoRespondersError, RemoteError, RequestTimeoutError, RequestTooLargeError } from './request-reply.errors';

describe('request/reply over core NATS', () => {
  const subject = (action: string) => `${testNamespace()}.cmd.test.${action}`;
  let nc: NatsConnection;
  let requester: NatsRequester;
  let responder: NatsResponder;

  beforeAll(async () => {
    startTelemetry('test', {});
    nc = await connectTestNats();
    requester = new NatsRequester(nc, 1_000);
    responder = new NatsResponder(nc, testLogger());
  });
  afterAll(() => nc.close());

  it('should return the handler result', async () => {
    const echo = subject('echo');
    responder.serve(echo, async (payload) => ({ echoed: payload }));
    await expect(requester.request(echo, { hello: 'world' })).resolves.toEqual({ echoed: { hello: 'world' } });
  });

  it('should carry a coded error back to the caller with its code', async () => {
    const refuse = subject('refuse');
    responder.serve(refuse, async () => {
      throw new CodedError('STATION.OFFLINE', 'station CS-1 is not connected');
    });
    await expect(requester.request(refuse, {})).rejects.toEqual(new RemoteError('STATION.OFFLINE', 'station CS-1 is not connected'));
  });

  it('should hide the details of an unexpected failure', async () => {
    const crash = subject('crash');
    responder.serve(crash, async () => {
      throw new Error('secret internal detail');
    });
    await expect(requester.request(crash, {})).rejects.toMatchObject({ code: 'INTERNAL', message: 'internal error' });
  });

  it('should refuse a request or an answer larger than one NATS message with a coded error and keep serving', async () => {
    const maxBytes = nc.info?.max_payload ?? 1_048_576;
    const big = subject('big');
    responder.serve(big, async (payload) => ((payload as { size: number }).size > 0 ? 'x'.repeat((payload as { size: number }).size) : 'small'));
    await expect(requester.request(big, { size: 0, padding: 'y'.repeat(maxBytes) })).rejects.toBeInstanceOf(RequestTooLargeError);
    await expect(requester.request(big, { size: maxBytes + 1 })).rejects.toMatchObject({ code: 'NATS.REPLY_TOO_LARGE' });
    await expect(requester.request(big, { size: 0 })).resolves.toBe('small');
  });

  it('should tell "nobody is listening" apart from "nobody answered in time"', async () => {
    await expect(requester.request(subject('nobody'), {})).rejects.toBeInstanceOf(NoRespondersError);
    const slow = subject('slow');
    responder.serve(slow, () => new Promise((resolve) => setTimeout(resolve, 600).unref()));
    await expect(requester.request(slow, {}, { timeoutMs: 200 })).rejects.toBeInstanceOf(RequestTimeoutError);
  });

  it('should spread requests over a queue group', async () => {
    const shared = subject('shared');
    const served: string[] = [];
    responder.serve(shared, async () => served.push('a'), { queue: 'workers' });
    responder.serve(shared, async () => served.push('b'), { queue: 'workers' });
    await Promise.all(Array.from({ length: 20 }, () => requester.request(shared, {})));
    expect(served).toHaveLength(20);
  });

  it('should carry the caller trace to the responder in the traceparent header', async () => {
    const traced = subject('traced');
    let seen = '';
    responder.serve(traced, async (_payload, message) => {
      seen = message.headers?.get('traceparent') ?? '';
      return trace.getSpanContext(context.active())?.traceId;
    });
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const caller = trace.setSpanContext(context.active(), { traceId, spanId: '00f067aa0ba902b7', traceFlags: TraceFlags.SAMPLED });
    const answeredInTrace = await context.with(caller, () => requester.request(traced, {}));
    expect(seen).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
    expect(answeredInTrace).toBe(traceId);
  });
});
