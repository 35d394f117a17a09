import { Inject, Injectable } from '@nestjs/common';
import { advanceGetAllWalk, type HubTarget, interfaceImplementers, refuse, ROUTING_REFUSALS, sliceToRequest, startGetAllWalk } from '@chargemesh/hub-router-domain';
import { SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { matchOcpiRoute, OcpiHeader, OcpiStatus, paginationResponseHeaders, parsePaginationQuery, type PartyRef, readHeader } from '@chargemesh/protocol-ocpi';
import { exchangeAuditEntry } from '../audit/exchange-audit-entry';
import { OcpiAuditPublisher } from '../audit/ocpi-audit.publisher';
import type { HubRouterConfig } from '../hub-router.config';
import { answer, type Delivery, type Exchange, toExchangeReply } from '../routing/exchange';
import { OcpiRouter } from '../routing/ocpi-router';
import type { PartiesSnapshot } from '../routing/route-directory';
import { refusalReply } from '../routing/routing-answers';

interface SourceAnswer {
  total: number;
  items: unknown[];
}

/**
 * GET All via a Hub (transport_and_format_get_all_via_hubs): a list GET on a Sender interface
 * addressed to the Hub combines the lists of every connected party that implements that Sender
 * interface, each asked with the requester as FROM (so each answers what that requester may
 * see). The combined list is paginated by the Hub itself (Link to its own URL, X-Total-Count the
 * sum, X-Limit its cap); each object keeps its owner's country_code and party_id, and its bytes
 * other than the envelope are not changed (last_updated untouched). A source that fails is left
 * out and named in status_message.
 */
@Injectable()
export class GetAllCollector {
  constructor(
    private readonly router: OcpiRouter,
    private readonly audit: OcpiAuditPublisher,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
  ) {}

  async getAll(exchange: Exchange, snapshot: PartiesSnapshot): Promise<Delivery> {
    const startedAt = performance.now();
    const hub: PartyRef = exchange.to ?? snapshot.hubParties[0];
    const routing = { from: hub, to: exchange.from };
    const maxLimit = this.config.OCPI_GET_ALL_MAX_LIMIT;
    const route = matchOcpiRoute({ module: exchange.module, interfaceRole: 'SENDER', method: 'GET', path: '' });
    const parsed = parsePaginationQuery(new URLSearchParams(exchange.query), { defaultLimit: maxLimit, maxLimit, requireDateFrom: route.kind === 'matched' && route.route.requiresDateFrom === true });
    if (!parsed.ok) {
      const delivery = answer(refusalReply(refuse(ROUTING_REFUSALS.invalidUrlSegment, parsed.problems.join('; '))), routing);
      this.audit.record(exchangeAuditEntry(exchange, { scenario: 'get-all', to: hub, delivery, startedAt }));
      return delivery;
    }
    const { offset, limit } = parsed.params;
    const sources = interfaceImplementers(exchange.module, 'SENDER', exchange.from, snapshot.connected, snapshot.hubParties);

    let walk = startGetAllWalk(offset, limit);
    let total = 0;
    const items: unknown[] = [];
    const failed: string[] = [];
    const countOnly: HubTarget[] = [];
    for (const source of sources) {
      const slice = sliceToRequest(walk);
      if (slice.countOnly) {
        countOnly.push(source);
        continue;
      }
      const answered = await this.ask(exchange, source, slice.offset, slice.limit);
      if (!answered) {
        failed.push(`${source.countryCode}*${source.partyId}`);
        continue;
      }
      const step = advanceGetAllWalk(walk, answered.total, answered.items.length);
      items.push(...answered.items.slice(0, step.take));
      total += answered.total;
      walk = step.walk;
    }
    // The page is full: the remaining sources only add to X-Total-Count, asked all at once.
    const counts = await Promise.all(countOnly.map((source) => this.ask(exchange, source, 0, 1)));
    counts.forEach((answered, index) => (answered ? (total += answered.total) : failed.push(`${countOnly[index].countryCode}*${countOnly[index].partyId}`)));

    const requestUrl = `${this.config.OCPI_BASE_URL.replace(/\/+$/, '')}${exchange.target}${exchange.query ? `?${exchange.query}` : ''}`;
    const headers = paginationResponseHeaders({ requestUrl, params: { offset, limit }, maxLimit, totalCount: total, returnedCount: items.length });
    const statusMessage = failed.length > 0 ? `not included (no answer): ${failed.join(', ')}` : undefined;
    const delivery = answer({ httpStatus: 200, statusCode: OcpiStatus.SUCCESS, data: items, headers, ...(statusMessage ? { statusMessage } : {}) }, routing);
    this.audit.record(exchangeAuditEntry(exchange, { scenario: 'get-all', to: hub, delivery, startedAt }));
    return delivery;
  }

  /** One source's slice: its objects and X-Total-Count, or undefined when it did not answer with a list. */
  private async ask(exchange: Exchange, source: PartyRef, offset: number, limit: number): Promise<SourceAnswer | undefined> {
    const query = new URLSearchParams(exchange.query);
    query.set('offset', String(offset));
    query.set('limit', String(limit));
    const leg: Exchange = { ...exchange, segments: [], query: query.toString() };
    const reply = toExchangeReply(await this.router.deliver(leg, source, { scenario: 'get-all-leg', passBack: false }));
    if (reply.statusCode !== OcpiStatus.SUCCESS || !Array.isArray(reply.data)) return undefined;
    const totalHeader = readHeader(reply.headers, OcpiHeader.TOTAL_COUNT);
    const total = totalHeader !== undefined && /^\d+$/.test(totalHeader) ? Number(totalHeader) : offset + reply.data.length;
    return { total, items: reply.data };
  }
}
