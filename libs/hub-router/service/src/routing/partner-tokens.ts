import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { CREDENTIALS_ACTIONS, CREDENTIALS_SERVICE, partnerChangedSubject, type PartnerToken } from '@chargemesh/contracts/credential';
import type { NatsRequester } from '@chargemesh/platform-messaging';
import { NATS_CONNECTION, NATS_REQUESTER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { HubRouterConfig } from '../hub-router.config';
import { FreshValue } from './fresh-value';

const TOKEN_CACHE_MS = 60_000;

/**
 * The token to present to one partner platform, for requests that go to a URL that platform gave
 * (a forwarded response_url, Link or Location), asked of the credentials service and held in
 * memory only; dropped at once when credentials announces a change of that partner.
 */
@Injectable()
export class PartnerTokens implements OnApplicationBootstrap {
  private readonly tokens = new Map<string, FreshValue<PartnerToken>>();

  constructor(
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.nc.subscribe(partnerChangedSubject(this.config.CHARGEMESH_NAMESPACE), {
      callback: (error, message) => {
        if (error) return;
        try {
          const platformId = (message.json() as { platformId?: string }).platformId;
          if (platformId) this.tokens.delete(platformId);
          else this.tokens.clear();
        } catch {
          this.tokens.clear();
        }
      },
    });
  }

  /** CREDENTIALS.* coded errors when the partner is not registered (any more). */
  get(platformId: string): Promise<PartnerToken> {
    let token = this.tokens.get(platformId);
    if (!token) {
      token = new FreshValue(
        () => this.requester.request<PartnerToken>(commandSubject(this.config.CHARGEMESH_NAMESPACE, CREDENTIALS_SERVICE, CREDENTIALS_ACTIONS.getPartnerToken), { platformId }),
        TOKEN_CACHE_MS,
        TOKEN_CACHE_MS,
      );
      this.tokens.set(platformId, token);
    }
    return token.get();
  }
}
