/** NATS header names we set. The `Nats-` prefix is reserved by the server for its own headers. */
export const HEADER_EVENT_TYPE = 'CM-Event-Type';
export const HEADER_CORRELATION_ID = 'CM-Correlation-Id';
export const HEADER_TRACEPARENT = 'traceparent';
export const HEADER_TRACESTATE = 'tracestate';
