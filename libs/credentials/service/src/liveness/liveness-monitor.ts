import { Inject, Injectable, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { isDueForLivenessCheck } from '@chargemesh/credentials-domain';
import { DATA_SOURCE, LOGGER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { CredentialsConfig } from '../credentials.config';
import { PartnerRepository, type PartnerRecord } from '../database/partner.repository';
import { PartnerApiClient } from '../partner-api/partner-api.client';
import { TokenVault } from '../secrets/token-secrets';
import { LeaderLoop, PostgresLeaderLock } from '@chargemesh/platform-persistence';
import { PartnerLifecycle } from '../shared/partner-lifecycle';

const CONCURRENCY = 8;

/**
 * The still-alive check (mod_hub_client_info: "when unsure, start with 5 minutes"): a registered
 * partner we have not heard from for OCPI_LIVENESS_SILENCE_MS gets a GET on its versions endpoint
 * with the token we hold; a failure marks it OFFLINE, a success (or any request from it) CONNECTED.
 * Runs in one instance at a time.
 */
@Injectable()
export class LivenessMonitor implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly loop: LeaderLoop;
  private readonly silenceMs: number;

  constructor(
    private readonly partners: PartnerRepository,
    private readonly api: PartnerApiClient,
    private readonly vault: TokenVault,
    private readonly lifecycle: PartnerLifecycle,
    @Inject(DATA_SOURCE) dataSource: DataSource,
    @Inject(SERVICE_CONFIG) config: CredentialsConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.silenceMs = config.OCPI_LIVENESS_SILENCE_MS;
    this.loop = new LeaderLoop(new PostgresLeaderLock(dataSource, 'credentials:liveness'), config.OCPI_LIVENESS_CHECK_INTERVAL_MS, () => this.checkSilentPartners(), (error) =>
      this.logger.warn({ err: error }, 'still-alive checks failed; will retry'),
    );
  }

  onApplicationBootstrap(): void {
    this.loop.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  async checkSilentPartners(now = new Date()): Promise<void> {
    const due = (await this.partners.listRegistered()).filter((partner) => {
      const heard = Math.max(partner.lastSeenAt?.getTime() ?? 0, partner.registeredAt?.getTime() ?? 0);
      return isDueForLivenessCheck(heard ? new Date(heard) : undefined, partner.lastCheckedAt, now, this.silenceMs);
    });
    for (let index = 0; index < due.length; index += CONCURRENCY) {
      await Promise.all(due.slice(index, index + CONCURRENCY).map((partner) => this.check(partner)));
    }
  }

  private async check(partner: PartnerRecord): Promise<void> {
    let reachable = true;
    let reason = 'its versions endpoint answered the still-alive check';
    try {
      if (!partner.versionsUrl || !partner.outgoingToken) throw new Error('no versions URL or token to check with');
      await this.api.getVersions(partner.versionsUrl, this.vault.decrypt(partner.platformId, partner.outgoingToken));
    } catch (error) {
      reachable = false;
      reason = `still-alive check failed: ${(error as Error).message}`;
    }
    if (!reachable && partner.connection === 'CONNECTED') this.logger.warn({ platformId: partner.platformId, reason }, 'partner is offline');
    await this.lifecycle.recordReachability(partner.platformId, reachable, reason, true);
  }
}
