import { All, Controller, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { auditHeaders, refuse, ROUTING_REFUSALS } from '@chargemesh/hub-router-domain';
import { OcpiHeader } from '@chargemesh/protocol-ocpi';
import { OcpiCaller, type OcpiAuthentication, requirePartner } from '../../ocpi/auth/ocpi-request';
import { OcpiEndpoint } from '../../ocpi/ocpi-edge';
import { writeDelivery } from '../delivery-writer';
import { answer, type ExchangeBody } from '../exchange';
import { ExchangeDispatcher } from '../exchange-dispatcher';
import { refusalReply } from '../routing-answers';

type RawBodyRequest = Request & { rawBody?: Buffer };

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/**
 * `/ocpi/2.2.1/{sender|receiver}/{module}/...`: every functional module's interfaces for the
 * parties hosted here and, on a Hub, for the parties behind it. Authenticated (any registered
 * partner); the routing itself is the dispatcher's. Registered after the hubclientinfo and
 * forwarded-URL controllers, whose paths this pattern would also match.
 */
@Controller('ocpi/2.2.1')
@OcpiEndpoint('functional-modules')
export class RouteFunctionalRequestHttpController {
  constructor(private readonly dispatcher: ExchangeDispatcher) {}

  @All([':iface/:module', ':iface/:module/*path'])
  async route(@OcpiCaller() caller: OcpiAuthentication, @Req() request: RawBodyRequest, @Res() response: Response): Promise<void> {
    const principal = requirePartner(caller);
    const [rawPath, ...queryParts] = request.originalUrl.split('?');
    const segments = rawPath.split('/');
    // ['', 'ocpi', '2.2.1', iface, module, ...below the module's endpoint URL]
    const path = `/${segments.slice(5).join('/')}`;
    const requestIds = { requestId: String(response.getHeader(OcpiHeader.REQUEST_ID)), correlationId: String(response.getHeader(OcpiHeader.CORRELATION_ID)) };
    const method = request.method.toUpperCase();
    const body = readBody(request);
    if (body === 'not-json') {
      writeDelivery(response, {}, answer(refusalReply(refuse(ROUTING_REFUSALS.bodyNotJson, 'a request body must be JSON with Content-Type: application/json'))));
      return;
    }
    const { delivery, exchange } = await this.dispatcher.dispatch({
      module: segments[4] ?? '',
      iface: segments[3] ?? '',
      method,
      path,
      query: queryParts.join('?'),
      ...(BODY_METHODS.has(method) && body ? { body } : {}),
      routingHeaders: request.headers,
      auditHeaders: auditHeaders(request.headers),
      caller: { kind: 'partner', principal },
      ...requestIds,
      target: rawPath,
    });
    writeDelivery(response, exchange ?? {}, delivery);
  }
}

/** The body as received; 'not-json' when one was sent that the JSON parser did not take (wrong Content-Type). */
function readBody(request: RawBodyRequest): ExchangeBody | 'not-json' | undefined {
  if (request.rawBody && request.rawBody.length > 0) return { raw: request.rawBody, parsed: request.body };
  const length = Number(request.headers['content-length'] ?? 0);
  return length > 0 || request.headers['transfer-encoding'] ? 'not-json' : undefined;
}
