import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { CREDENTIALS_ACTIONS, CREDENTIALS_SERVICE, partnerChangedSubject, type PartnerToken } from '@chargemesh/contracts/credential';
import type { NatsRequester } from '@chargemesh/platform-messaging';
import { NATS_CONNECTION, NATS_REQUESTER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { DirectoryConfig } from '../directory.config';

/**
 * The tokens to present to partners, asked of the credentials service (their keeper) and held in
 * memory only. An entry goes as soon as the credentials service announces a change of that
 * partner, and at the latest after DIRECTORY_TOKEN_CACHE_MS.
 */
@Injectable()
export class PartnerTokensCache implements OnApplicationBootstrap {
  private readonly tokens = new Map<string, { token: PartnerToken; until: number }>();

  constructor(
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(SERVICE_CONFIG) private readonly config: DirectoryConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.nc.subscribe(partnerChangedSubject(this.config.CHARGEMESH_NAMESPACE), {
      callback: (error, message) => {
        if (error) return;
        try {
          this.invalidate((message.json() as { platformId?: string }).platformId);
        } catch {
          this.invalidate();
        }
      },
    });
  }

  async get(platformId: string): Promise<PartnerToken> {
    const cached = this.tokens.get(platformId);
    if (cached && cached.until > Date.now()) return cached.token;
    const token = await this.requester.request<PartnerToken>(commandSubject(this.config.CHARGEMESH_NAMESPACE, CREDENTIALS_SERVICE, CREDENTIALS_ACTIONS.getPartnerToken), { platformId });
    this.tokens.set(platformId, { token, until: Date.now() + this.config.DIRECTORY_TOKEN_CACHE_MS });
    return token;
  }

  /** Drops one partner's token, or all of them. */
  invalidate(platformId?: string): void {
    if (platformId) this.tokens.delete(platformId);
    else this.tokens.clear();
  }
}
