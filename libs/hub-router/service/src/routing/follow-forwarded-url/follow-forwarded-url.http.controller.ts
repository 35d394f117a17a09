import { All, Controller, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { OcpiMethod } from '@chargemesh/contracts/ocpi';
import { auditHeaders, mayClaimParty, refuse, ROUTING_REFUSALS } from '@chargemesh/hub-router-domain';
import { OcpiHeader, readRoutingHeaders } from '@chargemesh/protocol-ocpi';
import { OcpiCaller, type OcpiAuthentication, requirePartner } from '../../ocpi/auth/ocpi-request';
import { OcpiEndpoint } from '../../ocpi/ocpi-edge';
import { writeDelivery } from '../delivery-writer';
import { answer } from '../exchange';
import { callerIdentity } from '../exchange-dispatcher';
import { ForwardedUrlFollower } from '../forwarded-urls/forwarded-url.follower';
import { ForwardedUrlStore } from '../forwarded-urls/forwarded-url.store';
import { RouteDirectory } from '../route-directory';
import { refusalReply } from '../routing-answers';

type RawBodyRequest = Request & { rawBody?: Buffer };

/**
 * `/ocpi/2.2.1/forwarded/{id}`: the URLs we put in place of a response_url, a next-page Link or a
 * stored CDR's Location. Only the platform we handed the URL to may follow it (404 for anyone
 * else, as for an unknown or expired one), with the method it stands for, and with a FROM that is
 * its own; we pass the request on to the original URL.
 */
@Controller('ocpi/2.2.1/forwarded')
@OcpiEndpoint('functional-modules')
export class FollowForwardedUrlHttpController {
  constructor(
    private readonly store: ForwardedUrlStore,
    private readonly follower: ForwardedUrlFollower,
    private readonly directory: RouteDirectory,
  ) {}

  @All(':id')
  async follow(@OcpiCaller() caller: OcpiAuthentication, @Param('id') id: string, @Req() request: RawBodyRequest, @Res() response: Response): Promise<void> {
    const principal = requirePartner(caller);
    const routing = readRoutingHeaders(request.headers);
    const parties = routing.ok ? routing.routing : {};
    const reply = (code: Parameters<typeof refuse>[0], message: string, allow?: string[]) => writeDelivery(response, parties, answer(refusalReply(refuse(code, message, allow))));

    const entry = await this.store.find(id);
    if (!entry || entry.audiencePlatformId !== principal.platformId) return reply(ROUTING_REFUSALS.unknownForwardedUrl, 'no such forwarded URL (it may have expired)');
    const method = request.method.toUpperCase();
    if (method !== entry.method) return reply(ROUTING_REFUSALS.methodNotAllowed, `this URL accepts ${entry.method} only`, [entry.method]);
    if (!routing.ok) return reply(ROUTING_REFUSALS.invalidRoutingHeaders, routing.problems.join('; '));
    const from = routing.routing.from;
    if (!from) return reply(ROUTING_REFUSALS.fromRequired, 'OCPI-from-country-code and OCPI-from-party-id are required');
    if (!mayClaimParty(callerIdentity({ kind: 'partner', principal }, await this.directory.parties()), from)) {
      return reply(ROUTING_REFUSALS.fromNotCaller, `OCPI-from ${from.countryCode}*${from.partyId} is not a party of the calling platform`);
    }
    const delivery = await this.follower.follow(entry, {
      method: method as OcpiMethod,
      ...(method === 'POST' && request.rawBody?.length ? { body: { raw: request.rawBody, parsed: request.body } } : {}),
      from,
      ...(routing.routing.to ? { to: routing.routing.to } : {}),
      requestId: String(response.getHeader(OcpiHeader.REQUEST_ID)),
      correlationId: String(response.getHeader(OcpiHeader.CORRELATION_ID)),
      origin: { kind: 'partner', platformId: principal.platformId },
      target: request.originalUrl.split('?')[0],
      headers: auditHeaders(request.headers),
    });
    writeDelivery(response, parties, delivery);
  }
}
