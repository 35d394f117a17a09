import { Injectable } from '@nestjs/common';
import type { PartnerPrincipal } from '@chargemesh/contracts/credential';
import { type OcpiInterface, type OcpiMethod, type OcpiModule, OCPI_MODULES } from '@chargemesh/contracts/ocpi';
import { type CallerIdentity, decideInbound, type PartyRoleRef, refuse, ROUTING_REFUSALS } from '@chargemesh/hub-router-domain';
import { type HeaderSource, partyKey, readRoutingHeaders } from '@chargemesh/protocol-ocpi';
import { BroadcastPush } from '../hub/broadcast-push';
import { GetAllCollector } from '../hub/get-all';
import { OpenRouting } from '../hub/open-routing';
import { answer, type Delivery, type Exchange, type ExchangeBody, type ExchangeOrigin } from './exchange';
import { OcpiRouter } from './ocpi-router';
import { type PartiesSnapshot, RouteDirectory } from './route-directory';
import { refusalReply } from './routing-answers';

export interface DispatchRequest {
  module: string;
  /** `sender` or `receiver`, as in our URLs, or the OCPI interface name. */
  iface: string;
  method: string;
  /** The path below the module's endpoint URL, still percent-encoded: `/NL/CPA/LOC1`. */
  path: string;
  query: string;
  body?: ExchangeBody;
  /** Where the routing headers are read from. */
  routingHeaders: HeaderSource;
  auditHeaders: Record<string, string>;
  caller: { kind: 'partner'; principal: PartnerPrincipal } | { kind: 'local' };
  requestId: string;
  correlationId: string;
  target: string;
  timeoutMs?: number;
}

export interface Dispatched {
  delivery: Delivery;
  exchange?: Exchange;
}

/**
 * The entry of every request to a functional module, from a partner over HTTP or from a module
 * service here (send-ocpi): checks the operation and the routing headers (decideInbound), then
 * delivers it to the party named in TO, or, on a Hub, broadcasts, collects a GET All or picks
 * the receiver of an Open Routing Request.
 */
@Injectable()
export class ExchangeDispatcher {
  constructor(
    private readonly directory: RouteDirectory,
    private readonly router: OcpiRouter,
    private readonly broadcastPush: BroadcastPush,
    private readonly getAllCollector: GetAllCollector,
    private readonly openRouting: OpenRouting,
  ) {}

  async dispatch(request: DispatchRequest): Promise<Dispatched> {
    const module = request.module as OcpiModule;
    const interfaceRole = request.iface.toUpperCase() as OcpiInterface;
    if (!OCPI_MODULES.includes(module) || (interfaceRole !== 'SENDER' && interfaceRole !== 'RECEIVER')) {
      return { delivery: answer(refusalReply(refuse(ROUTING_REFUSALS.noSuchEndpoint, 'no such OCPI endpoint'))) };
    }
    const snapshot = await this.directory.parties();
    const decision = decideInbound({
      module,
      interfaceRole,
      method: request.method,
      path: request.path,
      routing: readRoutingHeaders(request.routingHeaders),
      caller: callerIdentity(request.caller, snapshot),
      hosted: snapshot.hosted,
    });
    if (decision.kind === 'refused') return { delivery: answer(refusalReply(decision)) };
    const hasBody = request.method === 'POST' || request.method === 'PUT' || request.method === 'PATCH';
    const exchange: Exchange = {
      module,
      interfaceRole,
      method: request.method as OcpiMethod,
      segments: request.path.split('/').filter((part) => part !== '').map((part) => decodeURIComponent(part)),
      query: request.query,
      ...(hasBody && request.body ? { body: request.body } : {}),
      from: decision.from,
      ...(decision.to ? { to: decision.to } : {}),
      requestId: request.requestId,
      correlationId: request.correlationId,
      origin: origin(request.caller),
      target: request.target,
      headers: request.auditHeaders,
      ...(request.timeoutMs ? { timeoutMs: request.timeoutMs } : {}),
    };
    switch (decision.scenario.kind) {
      case 'direct':
        return { delivery: await this.router.deliver(exchange, decision.scenario.to), exchange };
      case 'broadcast-push':
        return { delivery: await this.broadcastPush.broadcast(exchange, snapshot), exchange };
      case 'get-all':
        return { delivery: await this.getAllCollector.getAll(exchange, snapshot), exchange };
      case 'open-routing':
        return { delivery: await this.openRouting.route(exchange, snapshot), exchange };
    }
  }
}

function origin(caller: DispatchRequest['caller']): ExchangeOrigin {
  return caller.kind === 'partner' ? { kind: 'partner', platformId: caller.principal.platformId } : { kind: 'local' };
}

/** A partner may speak for its own roles, a Hub also for the parties it reported; a module service here for the hosted parties. */
export function callerIdentity(caller: DispatchRequest['caller'], snapshot: PartiesSnapshot): CallerIdentity {
  if (caller.kind === 'local') {
    const roles: PartyRoleRef[] = snapshot.hosted.flatMap((party) => party.roles.map((role) => ({ countryCode: party.countryCode, partyId: party.partyId, role })));
    return { kind: 'local', roles };
  }
  const { principal } = caller;
  const isHub = principal.roles.some((role) => role.role === 'HUB');
  const reported = snapshot.reportedByHub.get(principal.platformId);
  return { kind: 'partner', roles: principal.roles, ...(isHub ? { reportsParty: (party) => reported?.has(partyKey(party)) ?? false } : {}) };
}
