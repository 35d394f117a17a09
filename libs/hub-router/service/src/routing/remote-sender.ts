import { Inject, Injectable } from '@nestjs/common';
import type { OcpiModule } from '@chargemesh/contracts/ocpi';
import { injectTraceContext, SpanKind, withSpan } from '@chargemesh/platform-observability';
import { SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { formatAuthorizationHeader, messageIdHeaderValues, type PartyRef, routingHeaderValues } from '@chargemesh/protocol-ocpi';
import type { HubRouterConfig } from '../hub-router.config';
import { envelopeStatusCode, PASSED_BACK_HEADERS, type RemoteDelivery } from './exchange';
import { PeerHttpClient } from './peer-http.client';

export interface RemoteRequest {
  url: string;
  method: string;
  body?: Buffer;
  token: { value: string; encoding: 'base64' | 'plain' };
  /** Routing headers of this leg; omitted for a Configuration-style call without them. */
  from?: PartyRef;
  to?: PartyRef;
  requestId: string;
  correlationId: string;
  /** The module, for the span name; absent for a URL of unknown purpose. */
  module?: OcpiModule;
  /** Overrides OCPI_OUTBOUND_TIMEOUT_MS for this request. */
  timeoutMs?: number;
}

const MAX_CACHED_HEADERS = 10_000;

/**
 * One OCPI request to another platform: its token, the routing headers, X-Request-ID and
 * X-Correlation-ID, and the W3C trace context of the current span, so that the receiver's work
 * joins the same trace. The answer comes back as bytes with the headers that mean something to
 * the requester. Time-outs and connection failures are thrown as ROUTING.TIMEOUT / UNREACHABLE.
 */
@Injectable()
export class RemoteSender {
  private readonly authorizations = new Map<string, string>();

  constructor(
    private readonly peers: PeerHttpClient,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
  ) {}

  send(request: RemoteRequest): Promise<RemoteDelivery> {
    const headers: Record<string, string> = {
      authorization: this.authorization(request.token),
      ...messageIdHeaderValues({ requestId: request.requestId, correlationId: request.correlationId }),
      ...routingHeaderValues({ ...(request.from ? { from: request.from } : {}), ...(request.to ? { to: request.to } : {}) }),
    };
    if (request.body) headers['content-type'] = 'application/json';
    const target = new URL(request.url);
    return withSpan(
      `OCPI ${request.method} ${request.module ?? 'url'}`,
      { kind: SpanKind.CLIENT, attributes: { 'http.request.method': request.method, 'server.address': target.hostname, 'url.path': target.pathname, 'ocpi.module': request.module ?? 'unknown' } },
      async () => {
        injectTraceContext({ get: (key) => headers[key] ?? '', set: (key, value) => (headers[key] = value), keys: () => Object.keys(headers) });
        const response = await this.peers.send({ url: request.url, method: request.method, headers, ...(request.body ? { body: request.body } : {}), timeoutMs: request.timeoutMs ?? this.config.OCPI_OUTBOUND_TIMEOUT_MS });
        const passed: Record<string, string> = {};
        for (const name of PASSED_BACK_HEADERS) if (response.headers[name] !== undefined) passed[name] = response.headers[name];
        const statusCode = envelopeStatusCode(response.body);
        return { kind: 'remote', httpStatus: response.status, headers: passed, body: response.body, requestUrl: request.url, ...(statusCode !== undefined ? { statusCode } : {}) };
      },
    );
  }

  private authorization(token: RemoteRequest['token']): string {
    const key = `${token.encoding}:${token.value}`;
    let header = this.authorizations.get(key);
    if (!header) {
      if (this.authorizations.size >= MAX_CACHED_HEADERS) this.authorizations.clear();
      header = formatAuthorizationHeader(token.value, { encode: token.encoding === 'base64' });
      this.authorizations.set(key, header);
    }
    return header;
  }
}
