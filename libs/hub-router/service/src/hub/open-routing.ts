import { Injectable } from '@nestjs/common';
import { decideOpenRoute, interfaceImplementers } from '@chargemesh/hub-router-domain';
import { exchangeAuditEntry } from '../audit/exchange-audit-entry';
import { OcpiAuditPublisher } from '../audit/ocpi-audit.publisher';
import { answer, type Delivery, type Exchange } from '../routing/exchange';
import { OcpiRouter } from '../routing/ocpi-router';
import type { PartiesSnapshot } from '../routing/route-directory';
import { refusalReply } from '../routing/routing-answers';
import { BroadcastPush } from './broadcast-push';

/**
 * Open Routing (transport_and_format_message_routing_open_routing_request): a request without
 * OCPI-to headers, for which the Hub picks the receiver (decideOpenRoute) and forwards it as if
 * it had been addressed there, FROM kept and the chosen party in TO; or broadcasts a push it
 * cannot place; or answers 4001 when it cannot tell.
 */
@Injectable()
export class OpenRouting {
  constructor(
    private readonly router: OcpiRouter,
    private readonly broadcast: BroadcastPush,
    private readonly audit: OcpiAuditPublisher,
  ) {}

  async route(exchange: Exchange, snapshot: PartiesSnapshot): Promise<Delivery> {
    const startedAt = performance.now();
    const candidates = interfaceImplementers(exchange.module, exchange.interfaceRole, exchange.from, snapshot.connected, snapshot.hubParties);
    const decision = decideOpenRoute({ module: exchange.module, interfaceRole: exchange.interfaceRole, method: exchange.method, body: exchange.body?.parsed, candidates });
    if (decision.kind === 'broadcast') return this.broadcast.broadcast(exchange, snapshot);
    if (decision.kind === 'refused') {
      const delivery = answer(refusalReply(decision));
      this.audit.record(exchangeAuditEntry(exchange, { scenario: 'open-routing', delivery, startedAt, error: decision.code }));
      return delivery;
    }
    const delivery = await this.router.deliver(exchange, decision.to, { scenario: 'open-routing' });
    // The answer comes FROM the receiver the Hub chose (the request named none).
    return delivery.kind === 'answer' ? { ...delivery, routing: { from: decision.to, to: exchange.from } } : delivery;
  }
}
