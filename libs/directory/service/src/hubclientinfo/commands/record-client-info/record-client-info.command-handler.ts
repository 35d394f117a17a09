import { Inject, Injectable } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import { type ClientInfoRequest, ROUTING_ERRORS } from '@chargemesh/contracts/party';
import { decideReportClientInfo } from '@chargemesh/directory-domain';
import { type EventStore, executeAggregateCommand } from '@chargemesh/platform-messaging';
import { EVENT_STORE, ProjectionHost } from '@chargemesh/platform-runtime';
import { PlatformReadModel } from '../../../platforms/platform-read-model';
import { remotePartiesProjection } from '../../../routing/projections/remote-parties.projection';
import { remotePartyBehaviour, remotePartyRef } from '../../../routing/remote-party.aggregate';
import { RoutingTableCache } from '../../../routing/routing-table.cache';

/**
 * A Hub pushed a ClientInfo (receiver interface): the party behind it, in that role, is
 * CONNECTED, OFFLINE, PLANNED or SUSPENDED, and our routes through that Hub follow. The OCPI edge
 * has checked that the sender is a registered partner holding the HUB role; a Hub we know as
 * unregistered or suspended is refused here too (its registration may not have reached our
 * projection yet, so an unknown one is taken on the edge's word).
 */
@Injectable()
export class RecordClientInfoCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionHost,
    private readonly platforms: PlatformReadModel,
    private readonly table: RoutingTableCache,
  ) {}

  async execute(request: ClientInfoRequest): Promise<null> {
    const hub = await this.platforms.find(request.hubPlatformId);
    if (hub && (hub.status !== 'REGISTERED' || !hub.roles.some((role) => role.role === 'HUB'))) {
      throw new CodedError(ROUTING_ERRORS.notAHub, 'only a registered Hub may push ClientInfo');
    }
    const { appended } = await executeAggregateCommand(this.store, remotePartyRef(request.countryCode, request.partyId), remotePartyBehaviour, (state) => decideReportClientInfo(state, request), { correlationId: request.correlationId });
    if (appended.length) {
      await this.projections.runner(remotePartiesProjection.name).waitFor(appended[appended.length - 1].seq, 2_000);
      await this.table.refresh(true);
    }
    return null;
  }
}
