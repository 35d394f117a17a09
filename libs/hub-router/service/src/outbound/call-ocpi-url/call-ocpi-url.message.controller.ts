import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { callOcpiUrlRequestSchema, callOcpiUrlSubject, type OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { refuse, ROUTING_REFUSALS } from '@chargemesh/hub-router-domain';
import { type NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, parseRequest, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { messageIdHeaderValues, routingHeaderValues } from '@chargemesh/protocol-ocpi';
import type { HubRouterConfig } from '../../hub-router.config';
import { toExchangeReply } from '../../routing/exchange';
import { ExchangeDispatcher } from '../../routing/exchange-dispatcher';
import { ForwardedUrlFollower } from '../../routing/forwarded-urls/forwarded-url.follower';
import { ForwardedUrlStore } from '../../routing/forwarded-urls/forwarded-url.store';
import { refusalReply } from '../../routing/routing-answers';
import { ForeignUrlCaller } from './foreign-url.caller';

const OWN_MODULE_PATH = /^\/ocpi\/2\.2\.1\/(sender|receiver)\/([a-z]+)(\/.*)?$/;

/**
 * `<ns>.cmd.hub-router.call-ocpi-url`: a module service calls a URL a party gave it (a command's
 * response_url, a stored CDR's Location, a next-page Link), FROM a party hosted here TO the party
 * that gave it. Three kinds of URL:
 * - one we rewrote (the party's request reached us from a partner): followed to the original URL
 *   with the token of the platform the request came from, i.e. back the way it came;
 * - one of our own OCPI URLs (both parties hosted here): delivered to the module service here;
 * - any other: sent over the route to `to`, and only if it is on that route's next platform,
 *   so that its token is never shown to anyone else.
 */
@Injectable()
export class CallOcpiUrlMessageController implements OnApplicationBootstrap {
  private readonly base: string;

  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
    private readonly store: ForwardedUrlStore,
    private readonly follower: ForwardedUrlFollower,
    private readonly dispatcher: ExchangeDispatcher,
    private readonly foreign: ForeignUrlCaller,
  ) {
    this.base = config.OCPI_BASE_URL.replace(/\/+$/, '');
  }

  onApplicationBootstrap(): void {
    this.responder.serve(callOcpiUrlSubject(this.config.CHARGEMESH_NAMESPACE), (payload) => this.handle(payload), { queue: 'hub-router' });
  }

  async handle(payload: unknown): Promise<OcpiExchangeReply> {
    const request = parseRequest(callOcpiUrlRequestSchema, payload);
    const ids = { requestId: randomUUID(), correlationId: request.correlationId ?? randomUUID() };
    const routing = routingHeaderValues({ from: request.from, to: request.to });
    const headers = Object.fromEntries(Object.entries({ ...messageIdHeaderValues(ids), ...routing }).map(([name, value]) => [name.toLowerCase(), value]));
    const body = request.body === undefined ? undefined : { parsed: request.body, raw: Buffer.from(JSON.stringify(request.body), 'utf8') };

    const forwardedId = this.store.idOf(request.url);
    if (forwardedId) {
      const entry = await this.store.find(forwardedId);
      if (!entry || entry.audiencePlatformId) return refusalReply(refuse(ROUTING_REFUSALS.unknownForwardedUrl, 'no such forwarded URL (it may have expired)'));
      const delivery = await this.follower.follow(entry, { method: request.method, ...(body ? { body } : {}), from: request.from, to: request.to, ...ids, origin: { kind: 'local' }, target: request.url.split('?')[0], headers });
      return toExchangeReply(delivery);
    }

    const own = this.ownSurfacePath(request.url);
    if (own) {
      const { delivery } = await this.dispatcher.dispatch({
        module: own.module,
        iface: own.iface,
        method: request.method,
        path: own.path,
        query: own.query,
        ...(body ? { body } : {}),
        routingHeaders: routing,
        auditHeaders: headers,
        caller: { kind: 'local' },
        ...ids,
        target: own.target,
        ...(request.timeoutMs ? { timeoutMs: request.timeoutMs } : {}),
      });
      return toExchangeReply(delivery);
    }
    return toExchangeReply(await this.foreign.call(request, { ...ids, ...(body ? { body } : {}), headers }));
  }

  /** The module, interface and path of one of our own OCPI URLs. */
  private ownSurfacePath(url: string): { iface: string; module: string; path: string; query: string; target: string } | undefined {
    if (!url.startsWith(`${this.base}/`)) return undefined;
    const parsed = new URL(url);
    const match = OWN_MODULE_PATH.exec(parsed.pathname);
    if (!match) return undefined;
    return { iface: match[1], module: match[2], path: match[3] ?? '/', query: parsed.search.replace(/^\?/, ''), target: parsed.pathname };
  }
}
