import { context, type Context, type Link, propagation, type TextMapGetter, type TextMapSetter, trace } from '@opentelemetry/api';

/** The slice of NATS `MsgHdrs` (and similar header maps) that trace propagation needs. */
export interface HeaderMap {
  get(key: string): string;
  set(key: string, value: string): void;
  keys(): string[];
}

const setter: TextMapSetter<HeaderMap> = { set: (carrier, key, value) => carrier.set(key, value) };
const getter: TextMapGetter<HeaderMap> = {
  keys: (carrier) => carrier.keys(),
  // MsgHdrs.get returns '' for a missing key; propagators expect undefined.
  get: (carrier, key) => carrier.get(key) || undefined,
};

/** Writes the active trace context (traceparent, tracestate) into outgoing headers. */
export function injectTraceContext(headers: HeaderMap, from: Context = context.active()): void {
  propagation.inject(from, headers, setter);
}

/** Reads a trace context from incoming headers, to parent the span that handles the message. */
export function extractTraceContext(headers: HeaderMap | undefined): Context {
  return headers ? propagation.extract(context.active(), headers, getter) : context.active();
}

/** The active traceparent, for the event envelope (traces are sampled, envelopes are not). */
export function currentTraceparent(): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier['traceparent'];
}

/** Parses a stored traceparent back into a context, e.g. when a projection applies an old event. */
export function contextFromTraceparent(traceparent: string | undefined): Context {
  return traceparent ? propagation.extract(context.active(), { traceparent }) : context.active();
}

/** A span link to the producer of a stored event, for work that handles many events at once. */
export function linkFromTraceparent(traceparent: string | undefined): Link | undefined {
  const spanContext = trace.getSpanContext(contextFromTraceparent(traceparent));
  return spanContext && spanContext.traceId !== '00000000000000000000000000000000' ? { context: spanContext } : undefined;
}
