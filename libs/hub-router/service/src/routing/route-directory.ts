import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { partnerChangedSubject } from '@chargemesh/contracts/credential';
import { type ConnectedParty, DIRECTORY_ACTIONS, DIRECTORY_SERVICE, type ResolvedRoute, type RouteView } from '@chargemesh/contracts/party';
import type { HostedParty } from '@chargemesh/hub-router-domain';
import type { NatsRequester } from '@chargemesh/platform-messaging';
import { NATS_CONNECTION, NATS_REQUESTER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { type PartyRef, partyKey } from '@chargemesh/protocol-ocpi';
import type { HubRouterConfig } from '../hub-router.config';
import { FreshValue } from './fresh-value';

/** What the router needs of the directory's routing table, in one snapshot. */
export interface PartiesSnapshot {
  connected: ConnectedParty[];
  hosted: HostedParty[];
  /** The Hub parties hosted here: this instance is a Hub when there is one. */
  hubParties: PartyRef[];
  /** Per partner platform that is a Hub, the parties it reported behind it (hubclientinfo), by party key. */
  reportedByHub: Map<string, Set<string>>;
}

const MAX_CACHED_ROUTES = 50_000;

/**
 * The directory's routing answers, kept in memory so that routing a request costs no NATS round
 * trip: each resolved route and the list of connected parties for OCPI_ROUTE_CACHE_MS (served
 * stale up to 5× that while one reload runs), dropped at once when the credentials service
 * announces a partner change. Unknown parties are never cached (the directory refreshes on a miss).
 */
@Injectable()
export class RouteDirectory implements OnApplicationBootstrap {
  private readonly routes = new Map<string, FreshValue<ResolvedRoute>>();
  private readonly snapshot: FreshValue<PartiesSnapshot>;

  constructor(
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
  ) {
    this.snapshot = new FreshValue(() => this.loadSnapshot(), config.OCPI_ROUTE_CACHE_MS);
  }

  onApplicationBootstrap(): void {
    this.nc.subscribe(partnerChangedSubject(this.config.CHARGEMESH_NAMESPACE), {
      callback: (error, message) => {
        if (error) return;
        let platformId: string | undefined;
        try {
          platformId = (message.json() as { platformId?: string }).platformId;
        } catch {
          platformId = undefined;
        }
        this.forget(platformId);
      },
    });
  }

  /** Where a message TO this party goes; ROUTE.UNKNOWN_PARTY (a RemoteError) when nobody knows it. */
  resolve(party: PartyRef): Promise<ResolvedRoute> {
    const key = partyKey(party);
    let cached = this.routes.get(key);
    if (!cached) {
      if (this.routes.size >= MAX_CACHED_ROUTES) this.routes.clear();
      cached = new FreshValue(() => this.call<ResolvedRoute>(DIRECTORY_ACTIONS.resolveRoute, { countryCode: party.countryCode, partyId: party.partyId }), this.config.OCPI_ROUTE_CACHE_MS);
      this.routes.set(key, cached);
    }
    const entry = cached;
    return entry.get().catch((error: unknown) => {
      if (this.routes.get(key) === entry) this.routes.delete(key);
      throw error;
    });
  }

  parties(): Promise<PartiesSnapshot> {
    return this.snapshot.get();
  }

  /** Drops what is cached after a partner changed. Cheap: entries reload on their next use. */
  forget(_platformId?: string): void {
    // Any route may now select another platform (a Hub's link ended, a direct one began): drop them all.
    this.snapshot.invalidate();
    this.routes.clear();
  }

  private async loadSnapshot(): Promise<PartiesSnapshot> {
    const [connected, routes] = await Promise.all([
      this.call<ConnectedParty[]>(DIRECTORY_ACTIONS.listConnectedParties, {}),
      this.call<RouteView[]>(DIRECTORY_ACTIONS.listRoutes, {}),
    ]);
    const hosted = new Map<string, HostedParty>();
    for (const party of connected.filter((candidate) => candidate.kind === 'local')) {
      const key = partyKey(party);
      const entry = hosted.get(key) ?? { countryCode: party.countryCode, partyId: party.partyId, roles: [] };
      hosted.set(key, { ...entry, roles: [...entry.roles, party.role] });
    }
    const reportedByHub = new Map<string, Set<string>>();
    for (const route of routes) {
      for (const candidate of route.candidates.filter((c) => c.via === 'HUB')) {
        const parties = reportedByHub.get(candidate.platformId) ?? new Set<string>();
        parties.add(partyKey(route));
        reportedByHub.set(candidate.platformId, parties);
      }
    }
    const hostedList = [...hosted.values()];
    return { connected, hosted: hostedList, hubParties: hostedList.filter((party) => party.roles.includes('HUB')), reportedByHub };
  }

  private call<T>(action: string, payload: unknown): Promise<T> {
    return this.requester.request<T>(commandSubject(this.config.CHARGEMESH_NAMESPACE, DIRECTORY_SERVICE, action), payload);
  }
}
