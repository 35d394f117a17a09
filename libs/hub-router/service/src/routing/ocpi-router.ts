import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { isCodedError } from '@chargemesh/contracts/envelope';
import { ROUTING_ERRORS } from '@chargemesh/contracts/party';
import type { OcpiAuditRecord } from '@chargemesh/contracts/ocpi';
import { nextHop, operationUrl, type RemoteHop, refuse, ROUTING_REFUSALS, type RoutingRefusal } from '@chargemesh/hub-router-domain';
import { type PartyRef } from '@chargemesh/protocol-ocpi';
import { exchangeAuditEntry } from '../audit/exchange-audit-entry';
import { OcpiAuditPublisher } from '../audit/ocpi-audit.publisher';
import { answer, type Delivery, type Exchange } from './exchange';
import { ModuleHandlerClient } from './module-handler.client';
import { RemoteSender } from './remote-sender';
import { RouteDirectory } from './route-directory';
import { refusalReply } from './routing-answers';
import { UrlRewriter } from './url-rewriter';

export interface LegOptions {
  /** FROM on this leg when it is not the requester's (a Hub broadcasting as itself). */
  from?: PartyRef;
  scenario?: OcpiAuditRecord['scenario'];
  /** Whether the answer goes back to the partner as it is (its Link and Location rewritten); false when the Hub consumes it itself. */
  passBack?: boolean;
}

/**
 * Delivers an exchange to one party: to the module service here when the party is hosted here,
 * otherwise over its route (its own platform or a Hub) with FROM and TO kept, a new X-Request-ID
 * and the same X-Correlation-ID. Only a Hub relays a partner's request to another platform. Every
 * leg is audited; the receiver's answer comes back unchanged.
 */
@Injectable()
export class OcpiRouter {
  constructor(
    private readonly directory: RouteDirectory,
    private readonly modules: ModuleHandlerClient,
    private readonly remote: RemoteSender,
    private readonly rewriter: UrlRewriter,
    private readonly audit: OcpiAuditPublisher,
  ) {}

  async deliver(exchange: Exchange, to: PartyRef, leg: LegOptions = {}): Promise<Delivery> {
    const startedAt = performance.now();
    const from = leg.from ?? exchange.from;
    const outcome = await this.route(exchange, from, to, leg.passBack ?? true).catch((error: unknown) => {
      if (isCodedError(error) && error.code in REFUSAL_BY_CODE) return refused(refuse(REFUSAL_BY_CODE[error.code], error.message));
      throw error;
    });
    this.audit.record(exchangeAuditEntry(exchange, { ...outcome, scenario: leg.scenario ?? 'direct', from, to, startedAt }));
    return outcome.delivery;
  }

  private async route(exchange: Exchange, from: PartyRef, to: PartyRef, passBack: boolean): Promise<{ delivery: Delivery; hop?: { kind: 'local' } | RemoteHop; forwardedRequestId?: string; error?: string }> {
    const resolved = await this.directory.resolve(to);
    if (resolved.kind === 'remote' && exchange.origin.kind === 'partner' && (await this.directory.parties()).hubParties.length === 0) {
      return refused(refuse(ROUTING_REFUSALS.notAHub, `${to.countryCode}*${to.partyId} is not hosted on this platform, which is not a Hub`));
    }
    const hop = nextHop(resolved, exchange.module, exchange.interfaceRole);
    if (hop.kind === 'refused') return refused(hop);

    if (hop.kind === 'local') {
      const rewritten = await this.rewriter.rewriteRequest(exchange, undefined);
      const reply = await this.modules.handle({
        module: exchange.module,
        interface: exchange.interfaceRole,
        method: exchange.method,
        path: exchange.segments,
        query: Object.fromEntries(new URLSearchParams(rewritten.query)),
        ...(rewritten.body ? { body: rewritten.body.parsed } : {}),
        from: { countryCode: from.countryCode.toUpperCase(), partyId: from.partyId.toUpperCase() },
        to: { countryCode: hop.countryCode, partyId: hop.partyId },
        requestId: exchange.requestId,
        correlationId: exchange.correlationId,
      }, exchange.timeoutMs);
      return { delivery: answer(reply), hop: { kind: 'local' } };
    }

    const rewritten = await this.rewriter.rewriteRequest(exchange, hop.platformId);
    const url = operationUrl(hop.endpointUrl, exchange.segments, rewritten.query);
    const forwardedRequestId = randomUUID();
    const delivery = await this.remote.send({ url, method: exchange.method, body: rewritten.body?.raw, token: hop.token, from, to, requestId: forwardedRequestId, correlationId: exchange.correlationId, module: exchange.module, ...(exchange.timeoutMs ? { timeoutMs: exchange.timeoutMs } : {}) });
    if (passBack && exchange.origin.kind === 'partner') await this.rewriter.rewriteResponse(delivery, exchange.module, exchange.interfaceRole, hop.platformId, exchange.origin.platformId);
    return { delivery, hop, forwardedRequestId };
  }
}

/** Coded errors from the directory and the HTTP client that are routing outcomes, not failures. */
const REFUSAL_BY_CODE: Record<string, RoutingRefusal['code']> = {
  [ROUTING_ERRORS.unknownParty]: ROUTING_REFUSALS.unknownReceiver,
  [ROUTING_REFUSALS.timeout]: ROUTING_REFUSALS.timeout,
  [ROUTING_REFUSALS.unreachable]: ROUTING_REFUSALS.unreachable,
  [ROUTING_REFUSALS.badReceiverAnswer]: ROUTING_REFUSALS.badReceiverAnswer,
};

const refused = (refusal: RoutingRefusal): { delivery: Delivery; error: string } => ({ delivery: answer(refusalReply(refusal)), error: refusal.code });
