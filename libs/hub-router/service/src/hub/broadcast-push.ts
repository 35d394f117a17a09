import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { broadcastTargets, type HubTarget, refuse, rolesOf, ROUTING_REFUSALS } from '@chargemesh/hub-router-domain';
import { LOGGER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { OcpiStatus, type PartyRef } from '@chargemesh/protocol-ocpi';
import { exchangeAuditEntry } from '../audit/exchange-audit-entry';
import { OcpiAuditPublisher } from '../audit/ocpi-audit.publisher';
import type { HubRouterConfig } from '../hub-router.config';
import { answer, type Delivery, type Exchange } from '../routing/exchange';
import { OcpiRouter } from '../routing/ocpi-router';
import type { PartiesSnapshot } from '../routing/route-directory';
import { refusalReply } from '../routing/routing-answers';

/**
 * Broadcast Push (transport_and_format_message_routing_broadcast_push): a push addressed to the
 * Hub goes to every connected party of an opposite role that implements the module, with the Hub
 * as FROM (the URL keeps the original owner's country and party). The sender is answered at once,
 * FROM the Hub, as in the spec's sequence diagram; the receivers' answers are audited, not
 * forwarded (status_codes: 2xxx/3xxx are not passed back for a Broadcast Push). Not queued or retried.
 */
@Injectable()
export class BroadcastPush {
  constructor(
    private readonly router: OcpiRouter,
    private readonly audit: OcpiAuditPublisher,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async broadcast(exchange: Exchange, snapshot: PartiesSnapshot): Promise<Delivery> {
    const startedAt = performance.now();
    const hub: PartyRef = exchange.to ?? snapshot.hubParties[0];
    const targets = broadcastTargets(exchange.module, exchange.from, rolesOf(exchange.from, snapshot.connected), snapshot.connected, snapshot.hubParties);
    const routing = { from: hub, to: exchange.from };
    const delivery =
      targets.length === 0
        ? answer(refusalReply(refuse(ROUTING_REFUSALS.noBroadcastReceivers, `no connected party receives ${exchange.module} from ${exchange.from.countryCode}*${exchange.from.partyId}`)), routing)
        : answer({ httpStatus: 200, statusCode: OcpiStatus.SUCCESS, statusMessage: `broadcast to ${targets.length} ${targets.length === 1 ? 'party' : 'parties'}`, headers: {} }, routing);
    this.audit.record(exchangeAuditEntry(exchange, { scenario: 'broadcast-push', to: hub, delivery, startedAt }));
    if (targets.length > 0) void this.fanOut(exchange, hub, targets);
    return delivery;
  }

  private async fanOut(exchange: Exchange, hub: PartyRef, targets: readonly HubTarget[]): Promise<void> {
    let next = 0;
    const worker = async () => {
      while (next < targets.length) {
        const target = targets[next++];
        await this.router.deliver(exchange, target, { from: hub, scenario: 'broadcast-leg', passBack: false }).catch((error: unknown) => {
          this.logger.warn({ err: error, module: exchange.module, to: `${target.countryCode}*${target.partyId}` }, 'a broadcast delivery failed');
        });
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.config.OCPI_BROADCAST_CONCURRENCY, targets.length) }, worker));
  }
}
