import type { Response } from 'express';
import { buildOcpiResponse, type PartyRef } from '@chargemesh/protocol-ocpi';
import { answerRoutingHeaders, type Delivery, toExchangeReply } from './exchange';

/**
 * Writes a delivery as the HTTP answer to the partner: a receiver's envelope byte for byte with
 * the headers that matter, anything else (our own answers, a module service's reply, a receiver
 * that did not answer in OCPI) in the envelope {data, status_code, status_message, timestamp}.
 * X-Request-ID and X-Correlation-ID are already set (the request's own).
 */
export function writeDelivery(response: Response, request: { from?: PartyRef; to?: PartyRef }, delivery: Delivery): void {
  const routing = request.from ? answerRoutingHeaders({ from: request.from, ...(request.to ? { to: request.to } : {}) }, delivery) : {};
  if (delivery.kind === 'remote' && delivery.statusCode !== undefined) {
    response.status(delivery.httpStatus).set({ ...delivery.headers, ...routing });
    response.end(delivery.body);
    return;
  }
  const reply = toExchangeReply(delivery);
  response
    .status(reply.httpStatus)
    .set({ ...reply.headers, ...routing })
    .json(buildOcpiResponse({ statusCode: reply.statusCode, ...(reply.data !== undefined ? { data: reply.data } : {}), ...(reply.statusMessage !== undefined ? { statusMessage: reply.statusMessage } : {}) }));
}
