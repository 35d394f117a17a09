import { Inject, Injectable, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { CREDENTIALS_ACTIONS, CREDENTIALS_SERVICE } from '@chargemesh/contracts/credential';
import type { NatsRequester } from '@chargemesh/platform-messaging';
import { LOGGER, NATS_REQUESTER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { HubRouterConfig } from '../../hub-router.config';

/**
 * Collects the partners that sent us an authenticated request and reports them to the
 * credentials service every OCPI_ACTIVITY_FLUSH_MS, which resets their still-alive clock (and
 * brings an OFFLINE partner back). Batched: one message per interval, not one per request.
 */
@Injectable()
export class PartnerActivity implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private seen = new Set<string>();
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.flush(), this.config.OCPI_ACTIVITY_FLUSH_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  record(platformId: string): void {
    this.seen.add(platformId);
  }

  async flush(): Promise<void> {
    if (this.seen.size === 0) return;
    const platformIds = [...this.seen];
    this.seen = new Set();
    try {
      await this.requester.request(commandSubject(this.config.CHARGEMESH_NAMESPACE, CREDENTIALS_SERVICE, CREDENTIALS_ACTIONS.recordPartnerActivity), { platformIds });
    } catch (error) {
      platformIds.forEach((platformId) => this.seen.add(platformId)); // report them next time
      this.logger.warn({ err: error }, 'reporting partner activity failed; will retry');
    }
  }
}
