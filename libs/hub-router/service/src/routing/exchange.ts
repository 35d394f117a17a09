import type { OcpiExchangeReply, OcpiInterface, OcpiMethod, OcpiModule } from '@chargemesh/contracts/ocpi';
import { type PartyRef, OcpiHeader, responseRouting, routingHeaderValues } from '@chargemesh/protocol-ocpi';
import { ROUTING_REFUSALS } from '@chargemesh/hub-router-domain';
import { refusalReply } from './routing-answers';

/** Who handed us the exchange: a partner platform over HTTP, or a module service here over NATS. */
export type ExchangeOrigin = { kind: 'partner'; platformId: string } | { kind: 'local' };

/** A request body as received: the bytes (forwarded as they are) and their JSON (for module services here). */
export interface ExchangeBody {
  raw: Buffer;
  parsed: unknown;
}

/** One OCPI request on its way through the router, independent of how it arrived. */
export interface Exchange {
  module: OcpiModule;
  interfaceRole: OcpiInterface;
  method: OcpiMethod;
  /** Percent-decoded path segments below the module's endpoint URL. */
  segments: string[];
  /** The query string without `?`, as received. */
  query: string;
  body?: ExchangeBody;
  /** The routing headers as received (FROM already checked against the caller). */
  from: PartyRef;
  to?: PartyRef;
  requestId: string;
  correlationId: string;
  origin: ExchangeOrigin;
  /** The path as received (for the audit record). */
  target: string;
  /** The request headers as the audit keeps them (no credentials). */
  headers: Record<string, string>;
  /** A module service's own time-out for this request (send-ocpi), instead of the configured ones. */
  timeoutMs?: number;
}

/** An answer built here or by a module service. */
export interface AnswerDelivery {
  kind: 'answer';
  reply: OcpiExchangeReply;
  /** Routing headers of the answer; by default the request's swapped. */
  routing?: { from?: PartyRef; to?: PartyRef };
}

/** A receiver's HTTP answer, passed back byte for byte. */
export interface RemoteDelivery {
  kind: 'remote';
  httpStatus: number;
  headers: Record<string, string>;
  body: Buffer;
  /** The OCPI status_code read from the body, when it is an envelope. */
  statusCode?: number;
  /** The URL that was called (relative Link and Location values are resolved against it). */
  requestUrl?: string;
}

export type Delivery = AnswerDelivery | RemoteDelivery;

export const answer = (reply: OcpiExchangeReply, routing?: AnswerDelivery['routing']): AnswerDelivery => ({ kind: 'answer', reply, ...(routing ? { routing } : {}) });

/** Response headers a receiver sets that carry meaning for the requester (the rest is transport). */
export const PASSED_BACK_HEADERS = ['content-type', 'link', 'x-total-count', 'x-limit', 'location', 'ocpi-from-country-code', 'ocpi-from-party-id', 'ocpi-to-country-code', 'ocpi-to-party-id'];

const STATUS_CODE = /"status_code"\s*:\s*(\d{4})\s*[,}]/;

/** The OCPI status_code of a JSON envelope: looked for at both ends first, so a large page is not parsed for it. */
export function envelopeStatusCode(body: Buffer): number | undefined {
  const head = STATUS_CODE.exec(body.subarray(0, 256).toString('utf8'));
  if (head) return Number(head[1]);
  const tail = body.length > 256 ? STATUS_CODE.exec(body.subarray(Math.max(256, body.length - 1024)).toString('utf8')) : null;
  if (tail) return Number(tail[1]);
  try {
    const code = (JSON.parse(body.toString('utf8')) as { status_code?: unknown } | null)?.status_code;
    return typeof code === 'number' ? code : undefined;
  } catch {
    return undefined;
  }
}

/** A delivery as the reply of send-ocpi or call-ocpi-url: a receiver's envelope parsed into its parts. */
export function toExchangeReply(delivery: Delivery): OcpiExchangeReply {
  if (delivery.kind === 'answer') return delivery.reply;
  let envelope: { status_code?: unknown; status_message?: unknown; data?: unknown };
  try {
    envelope = JSON.parse(delivery.body.toString('utf8'));
  } catch {
    envelope = {};
  }
  if (typeof envelope?.status_code !== 'number') {
    return refusalReply({ code: ROUTING_REFUSALS.badReceiverAnswer, message: `the receiver answered HTTP ${delivery.httpStatus} without an OCPI response` });
  }
  return {
    httpStatus: delivery.httpStatus,
    statusCode: envelope.status_code,
    ...(typeof envelope.status_message === 'string' ? { statusMessage: envelope.status_message } : {}),
    ...(envelope.data !== undefined ? { data: envelope.data } : {}),
    headers: delivery.headers,
  };
}

/** The routing headers of the answer to `exchange`: the receiver's own when it set them, else the request's swapped. */
export function answerRoutingHeaders(exchange: Pick<Exchange, 'from' | 'to'>, delivery: Delivery): Record<string, string> {
  if (delivery.kind === 'remote' && delivery.headers[OcpiHeader.FROM_PARTY_ID.toLowerCase()]) return {};
  const routing = delivery.kind === 'answer' && delivery.routing ? delivery.routing : responseRouting({ from: exchange.from, ...(exchange.to ? { to: exchange.to } : {}) });
  return routingHeaderValues(routing);
}
