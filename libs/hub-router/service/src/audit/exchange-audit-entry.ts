import type { OcpiAuditRecord } from '@chargemesh/contracts/ocpi';
import type { RemoteHop } from '@chargemesh/hub-router-domain';
import type { PartyRef } from '@chargemesh/protocol-ocpi';
import { type Delivery, type Exchange, toExchangeReply } from '../routing/exchange';
import type { AuditEntry } from './ocpi-audit.publisher';

export interface ExchangeOutcome {
  scenario: OcpiAuditRecord['scenario'];
  from?: PartyRef;
  to?: PartyRef;
  hop?: { kind: 'local' } | Pick<RemoteHop, 'kind' | 'via' | 'platformId'>;
  delivery: Delivery;
  startedAt: number;
  forwardedRequestId?: string;
  error?: string;
}

/** The audit record of one exchange the router handled: the request as received, where it went, and how it ended. */
export function exchangeAuditEntry(exchange: Exchange, outcome: ExchangeOutcome): AuditEntry {
  const { delivery, hop } = outcome;
  const statusCode = delivery.kind === 'remote' ? delivery.statusCode : toExchangeReply(delivery).statusCode;
  const from = outcome.from ?? exchange.from;
  const to = outcome.to ?? exchange.to;
  return {
    scenario: outcome.scenario,
    origin: exchange.origin,
    module: exchange.module,
    interface: exchange.interfaceRole,
    method: exchange.method,
    target: exchange.target,
    from,
    ...(to ? { to } : {}),
    ...(hop ? { route: hop.kind === 'local' ? { kind: 'local' as const } : { kind: hop.via === 'HUB' ? ('hub' as const) : ('direct' as const), platformId: hop.platformId } } : {}),
    requestId: exchange.requestId,
    correlationId: exchange.correlationId,
    ...(outcome.forwardedRequestId ? { forwardedRequestId: outcome.forwardedRequestId } : {}),
    requestHeaders: exchange.headers,
    responseHeaders: delivery.kind === 'remote' ? delivery.headers : delivery.reply.headers,
    httpStatus: delivery.kind === 'remote' ? delivery.httpStatus : delivery.reply.httpStatus,
    ...(statusCode !== undefined ? { statusCode } : {}),
    latencyMs: Math.round((performance.now() - outcome.startedAt) * 1000) / 1000,
    ...(outcome.error ? { error: outcome.error } : {}),
  };
}
