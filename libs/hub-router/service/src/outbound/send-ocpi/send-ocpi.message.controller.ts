import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { type OcpiExchangeReply, sendOcpiRequestSchema, sendOcpiSubject } from '@chargemesh/contracts/ocpi';
import { type NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, parseRequest, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { messageIdHeaderValues, routingHeaderValues } from '@chargemesh/protocol-ocpi';
import type { HubRouterConfig } from '../../hub-router.config';
import { toExchangeReply } from '../../routing/exchange';
import { ExchangeDispatcher } from '../../routing/exchange-dispatcher';

/**
 * `<ns>.cmd.hub-router.send-ocpi`: a module service sends an OCPI request FROM a party hosted here
 * TO any party. The same routing as a partner's request (a party hosted here is served by its
 * module service; a remote one over its route; TO a Hub hosted here means the Hub scenarios), and
 * the receiver's reply unchanged, or the router's own 4001/4002/4003. FROM must be hosted here.
 */
@Injectable()
export class SendOcpiMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
    private readonly dispatcher: ExchangeDispatcher,
  ) {}

  onApplicationBootstrap(): void {
    this.responder.serve(sendOcpiSubject(this.config.CHARGEMESH_NAMESPACE), (payload) => this.handle(payload), { queue: 'hub-router' });
  }

  async handle(payload: unknown): Promise<OcpiExchangeReply> {
    const request = parseRequest(sendOcpiRequestSchema, payload);
    const ids = { requestId: request.requestId ?? randomUUID(), correlationId: request.correlationId ?? randomUUID() };
    const routing = routingHeaderValues({ from: request.from, to: request.to });
    const path = `/${request.path.map((segment) => encodeURIComponent(segment)).join('/')}`;
    const body = request.body === undefined ? undefined : { parsed: request.body, raw: Buffer.from(JSON.stringify(request.body), 'utf8') };
    const { delivery } = await this.dispatcher.dispatch({
      module: request.module,
      iface: request.interface,
      method: request.method,
      path,
      query: new URLSearchParams(request.query).toString(),
      ...(body ? { body } : {}),
      routingHeaders: routing,
      auditHeaders: Object.fromEntries(Object.entries({ ...messageIdHeaderValues(ids), ...routing }).map(([name, value]) => [name.toLowerCase(), value])),
      caller: { kind: 'local' },
      ...ids,
      target: `/ocpi/2.2.1/${request.interface.toLowerCase()}/${request.module}${path === '/' ? '' : path}`,
      ...(request.timeoutMs ? { timeoutMs: request.timeoutMs } : {}),
    });
    return toExchangeReply(delivery);
  }
}
