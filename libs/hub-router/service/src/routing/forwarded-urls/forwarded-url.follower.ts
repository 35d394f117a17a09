import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { isCodedError } from '@chargemesh/contracts/envelope';
import type { OcpiMethod } from '@chargemesh/contracts/ocpi';
import { refuse, ROUTING_REFUSALS } from '@chargemesh/hub-router-domain';
import type { PartyRef } from '@chargemesh/protocol-ocpi';
import { exchangeAuditEntry } from '../../audit/exchange-audit-entry';
import { OcpiAuditPublisher } from '../../audit/ocpi-audit.publisher';
import { answer, type Delivery, type Exchange, type ExchangeBody, type ExchangeOrigin } from '../exchange';
import { PartnerTokens } from '../partner-tokens';
import { RemoteSender } from '../remote-sender';
import { refusalReply } from '../routing-answers';
import { UrlRewriter } from '../url-rewriter';
import type { ForwardedUrl } from './forwarded-url.store';

export interface FollowRequest {
  method: OcpiMethod;
  body?: ExchangeBody;
  from: PartyRef;
  to?: PartyRef;
  requestId: string;
  correlationId: string;
  origin: ExchangeOrigin;
  /** Our URL that was called (audit). */
  target: string;
  headers: Record<string, string>;
}

/**
 * Follows one of our rewritten URLs to the URL it stands for: the same request, with the token of
 * the platform that gave that URL (so a command result goes back the way the command came, and a
 * next page or stored CDR is read where it lives). The answer's own Link and Location are
 * rewritten again for a partner that follows through us.
 */
@Injectable()
export class ForwardedUrlFollower {
  constructor(
    private readonly tokens: PartnerTokens,
    private readonly remote: RemoteSender,
    private readonly rewriter: UrlRewriter,
    private readonly audit: OcpiAuditPublisher,
  ) {}

  async follow(entry: ForwardedUrl, request: FollowRequest): Promise<Delivery> {
    const startedAt = performance.now();
    const exchange: Exchange = {
      module: entry.module,
      interfaceRole: entry.interfaceRole,
      method: request.method,
      segments: [],
      query: '',
      ...(request.body ? { body: request.body } : {}),
      from: request.from,
      ...(request.to ? { to: request.to } : {}),
      requestId: request.requestId,
      correlationId: request.correlationId,
      origin: request.origin,
      target: request.target,
      headers: request.headers,
    };
    const forwardedRequestId = randomUUID();
    const hop = { kind: 'remote' as const, platformId: entry.targetPlatformId, via: 'DIRECT' as const };
    let delivery: Delivery;
    let error: string | undefined;
    try {
      const token = await this.tokens.get(entry.targetPlatformId);
      delivery = await this.remote.send({
        url: entry.targetUrl,
        method: request.method,
        ...(request.body ? { body: request.body.raw } : {}),
        token: { value: token.token, encoding: token.encoding },
        from: request.from,
        ...(request.to ? { to: request.to } : {}),
        requestId: forwardedRequestId,
        correlationId: request.correlationId,
        module: entry.module,
      });
      if (request.origin.kind === 'partner') await this.rewriter.rewriteResponse(delivery, entry.module, entry.interfaceRole, entry.targetPlatformId, request.origin.platformId);
    } catch (failure) {
      if (!isCodedError(failure)) throw failure;
      // A partner no longer registered (credentials refuses its token) is as unreachable as one that does not answer.
      const code = failure.code === ROUTING_REFUSALS.timeout || failure.code === ROUTING_REFUSALS.badReceiverAnswer ? failure.code : ROUTING_REFUSALS.unreachable;
      error = code;
      delivery = answer(refusalReply(refuse(code, failure.message)));
    }
    this.audit.record(exchangeAuditEntry(exchange, { scenario: request.origin.kind === 'local' ? 'callback' : 'forwarded-url', hop, delivery, startedAt, forwardedRequestId, ...(error ? { error } : {}) }));
    return delivery;
  }
}
