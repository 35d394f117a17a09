import { Inject, Injectable } from '@nestjs/common';
import type { RouteView } from '@chargemesh/contracts/party';
import { decideClearRouteOverride, decideSetRouteOverride, partyKey } from '@chargemesh/directory-domain';
import { type EventStore, executeAggregateCommand } from '@chargemesh/platform-messaging';
import { EVENT_STORE, ProjectionHost } from '@chargemesh/platform-runtime';
import { PlatformReadModel } from '../../../platforms/platform-read-model';
import { remotePartiesProjection } from '../../projections/remote-parties.projection';
import { remotePartyBehaviour, remotePartyRef } from '../../remote-party.aggregate';
import { RoutingTableCache } from '../../routing-table.cache';

/**
 * Pins (or, with `platformId` undefined, releases) the route to a remote party: through its own
 * platform, or through a Hub, whatever the automatic choice would be. Answers with the party's
 * route once the routing table shows it.
 */
@Injectable()
export class SetRouteOverrideCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionHost,
    private readonly platforms: PlatformReadModel,
    private readonly table: RoutingTableCache,
  ) {}

  async execute(request: { countryCode: string; partyId: string; platformId?: string }, context: { correlationId?: string } = {}): Promise<RouteView | null> {
    const platformId = request.platformId;
    const known = platformId ? (await this.platforms.find(platformId))?.status === 'REGISTERED' : true;
    const { appended } = await executeAggregateCommand(
      this.store,
      remotePartyRef(request.countryCode, request.partyId),
      remotePartyBehaviour,
      (state) => (platformId ? decideSetRouteOverride(state, { ...request, platformId }, known) : decideClearRouteOverride(state, request)),
      context,
    );
    if (appended.length) await this.projections.runner(remotePartiesProjection.name).waitFor(appended[appended.length - 1].seq, 2_000);
    await this.table.refresh(true);
    return (await this.table.current()).routes.get(partyKey(request.countryCode, request.partyId)) ?? null;
  }
}
