import { Injectable } from '@nestjs/common';
import { isCodedError } from '@chargemesh/contracts/envelope';
import type { CallOcpiUrlRequest } from '@chargemesh/contracts/ocpi';
import { ROUTING_ERRORS } from '@chargemesh/contracts/party';
import { originOf, refuse, ROUTING_REFUSALS, type RoutingRefusal } from '@chargemesh/hub-router-domain';
import { OcpiAuditPublisher } from '../../audit/ocpi-audit.publisher';
import { answer, type Delivery, type ExchangeBody, toExchangeReply } from '../../routing/exchange';
import { RemoteSender } from '../../routing/remote-sender';
import { RouteDirectory } from '../../routing/route-directory';
import { refusalReply } from '../../routing/routing-answers';

const OUTCOMES: Record<string, RoutingRefusal['code']> = {
  [ROUTING_ERRORS.unknownParty]: ROUTING_REFUSALS.unknownReceiver,
  [ROUTING_REFUSALS.timeout]: ROUTING_REFUSALS.timeout,
  [ROUTING_REFUSALS.unreachable]: ROUTING_REFUSALS.unreachable,
  [ROUTING_REFUSALS.badReceiverAnswer]: ROUTING_REFUSALS.badReceiverAnswer,
};

/**
 * A call to a URL on another platform that a party gave us, with the token of the route to that
 * party: allowed only when the URL is on the route's next platform (the origin of one of its
 * endpoints), so that the token goes nowhere else.
 */
@Injectable()
export class ForeignUrlCaller {
  constructor(
    private readonly directory: RouteDirectory,
    private readonly remote: RemoteSender,
    private readonly audit: OcpiAuditPublisher,
  ) {}

  async call(request: CallOcpiUrlRequest, context: { requestId: string; correlationId: string; body?: ExchangeBody; headers: Record<string, string> }): Promise<Delivery> {
    const startedAt = performance.now();
    let route: { kind: 'direct' | 'hub'; platformId: string } | undefined;
    let delivery: Delivery;
    let error: string | undefined;
    try {
      const resolved = await this.directory.resolve(request.to);
      if (resolved.kind === 'local') throw refusal(refuse(ROUTING_REFUSALS.urlNotAllowed, `${request.to.countryCode}*${request.to.partyId} is hosted here, but the URL is not one of ours`));
      if (resolved.status !== 'CONNECTED' || !resolved.token) throw refusal(refuse(ROUTING_REFUSALS.receiverNotConnected, `${resolved.countryCode}*${resolved.partyId} is not connected (${resolved.status})`));
      const origins = new Set(resolved.endpoints.map((endpoint) => originOf(endpoint.url)));
      if (!origins.has(originOf(request.url))) {
        throw refusal(refuse(ROUTING_REFUSALS.urlNotAllowed, `the URL is not on the platform that reaches ${resolved.countryCode}*${resolved.partyId}; its credentials are not sent elsewhere`));
      }
      route = { kind: resolved.via === 'HUB' ? 'hub' : 'direct', platformId: resolved.platformId };
      delivery = await this.remote.send({
        url: request.url,
        method: request.method,
        ...(context.body ? { body: context.body.raw } : {}),
        token: resolved.token,
        from: request.from,
        to: request.to,
        requestId: context.requestId,
        correlationId: request.correlationId ?? context.correlationId,
        ...(request.module ? { module: request.module } : {}),
        ...(request.timeoutMs ? { timeoutMs: request.timeoutMs } : {}),
      });
    } catch (failure) {
      const known = failure instanceof RefusalError ? failure.refusal : isCodedError(failure) && OUTCOMES[failure.code] ? refuse(OUTCOMES[failure.code], failure.message) : undefined;
      if (!known) throw failure;
      error = known.code;
      delivery = answer(refusalReply(known));
    }
    const reply = toExchangeReply(delivery);
    this.audit.record({
      scenario: 'callback',
      origin: { kind: 'local' },
      ...(request.module ? { module: request.module } : {}),
      method: request.method,
      target: request.url.split('?')[0],
      from: request.from,
      to: request.to,
      ...(route ? { route } : {}),
      requestId: context.requestId,
      correlationId: context.correlationId,
      forwardedRequestId: context.requestId,
      requestHeaders: context.headers,
      responseHeaders: reply.headers,
      httpStatus: reply.httpStatus,
      statusCode: reply.statusCode,
      latencyMs: Math.round((performance.now() - startedAt) * 1000) / 1000,
      ...(error ? { error } : {}),
    });
    return delivery;
  }
}

class RefusalError extends Error {
  constructor(readonly refusal: RoutingRefusal) {
    super(refusal.message);
  }
}

const refusal = (value: RoutingRefusal) => new RefusalError(value);
