import { Inject, Injectable, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import type { PartyView, RouteView } from '@chargemesh/contracts/party';
import { buildRoutingTable, partyKey } from '@chargemesh/directory-domain';
import { LOGGER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { DirectoryConfig } from '../directory.config';
import { PartyReadModel } from '../parties/queries/party-read-model';
import { PlatformReadModel, type PlatformRecord } from '../platforms/platform-read-model';
import { RoutingReadModel } from './routing-read-model';

export interface RoutingSnapshot {
  hosted: Map<string, PartyView>;
  platforms: Map<string, PlatformRecord>;
  routes: Map<string, RouteView>;
  loadedAt: Date;
}

const EMPTY: RoutingSnapshot = { hosted: new Map(), platforms: new Map(), routes: new Map(), loadedAt: new Date(0) };

/**
 * The routing table in memory, so that resolving the route of every OCPI request costs no query.
 * Every instance (not only the one applying the projections) checks the projection checkpoints
 * every DIRECTORY_ROUTING_REFRESH_MS and rebuilds the table from the views when one moved; our own
 * commands refresh it at once. Staleness bound: projection lag + DIRECTORY_ROUTING_REFRESH_MS.
 */
@Injectable()
export class RoutingTableCache implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private snapshot = EMPTY;
  private signature?: string;
  private timer?: NodeJS.Timeout;
  private loading?: Promise<void>;
  private readonly listeners: (() => void)[] = [];

  constructor(
    private readonly parties: PartyReadModel,
    private readonly platforms: PlatformReadModel,
    private readonly routing: RoutingReadModel,
    @Inject(SERVICE_CONFIG) private readonly config: DirectoryConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.refresh().catch((error: unknown) => this.logger.debug({ err: error }, 'routing table refresh failed')), this.config.DIRECTORY_ROUTING_REFRESH_MS);
    this.timer.unref();
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Called after every reload that found something new (the ClientInfo publisher wakes up on it). */
  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** The table, loaded on first use. */
  async current(): Promise<RoutingSnapshot> {
    if (this.signature === undefined) await this.refresh();
    return this.snapshot;
  }

  /** Reloads when a projection moved (or always, when `force`). Concurrent callers share one load. */
  async refresh(force = false): Promise<void> {
    if (this.loading) {
      await this.loading;
      if (!force) return;
    }
    this.loading = this.load(force).finally(() => (this.loading = undefined));
    await this.loading;
  }

  private async load(force: boolean): Promise<void> {
    const signature = await this.routing.checkpointSignature();
    if (!force && signature === this.signature) return;
    const [hosted, platforms, clientInfos, overrides] = await Promise.all([this.parties.list(), this.platforms.list(), this.routing.clientInfos(), this.routing.overrides()]);
    const routes = buildRoutingTable({ hosted, platforms, clientInfos, overrides });
    this.snapshot = {
      hosted: new Map(hosted.map((party) => [partyKey(party.countryCode, party.partyId), party])),
      platforms: new Map(platforms.map((platform) => [platform.platformId, platform])),
      routes: new Map(routes.map((route) => [partyKey(route.countryCode, route.partyId), route])),
      loadedAt: new Date(),
    };
    this.signature = signature;
    this.listeners.forEach((listener) => listener());
  }
}
