import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { CREDENTIALS_ACTIONS, CREDENTIALS_ERRORS, CREDENTIALS_SERVICE, partnerChangedSubject, type Principal } from '@chargemesh/contracts/credential';
import { type NatsRequester, RemoteError } from '@chargemesh/platform-messaging';
import { NATS_CONNECTION, NATS_REQUESTER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { HubRouterConfig } from '../../hub-router.config';

const digest = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * Resolves a credentials token to its holder through the credentials service, sending only the
 * token's SHA-256 (tokens are stored as digests there, and the raw token stays in this process).
 * Registered partners and the admin are cached for OCPI_AUTH_CACHE_MS; an entry goes at once when
 * the credentials service announces a change of that partner. Token A and unfinished handshakes
 * are never cached: they must stop working the moment the handshake completes.
 */
@Injectable()
export class TokenAuthenticator implements OnApplicationBootstrap {
  private readonly cache = new Map<string, { principal: Principal; until: number }>();

  constructor(
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
  ) {}

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

  /** The token's holder, or undefined when nobody holds it. Infrastructure failures are thrown (503, not 401). */
  async authenticate(token: string): Promise<Principal | undefined> {
    const tokenHash = digest(token);
    const cached = this.cache.get(tokenHash);
    if (cached && cached.until > Date.now()) return cached.principal;
    this.cache.delete(tokenHash);
    let principal: Principal;
    try {
      principal = await this.requester.request<Principal>(commandSubject(this.config.CHARGEMESH_NAMESPACE, CREDENTIALS_SERVICE, CREDENTIALS_ACTIONS.authenticate), { tokenHash });
    } catch (error) {
      if (error instanceof RemoteError && error.code === CREDENTIALS_ERRORS.unknownToken) return undefined;
      throw error;
    }
    const cacheable = principal.kind === 'admin' || principal.status === 'REGISTERED';
    if (cacheable && this.config.OCPI_AUTH_CACHE_MS > 0) this.cache.set(tokenHash, { principal, until: Date.now() + this.config.OCPI_AUTH_CACHE_MS });
    return principal;
  }

  /** Drops the cached entries of one partner, or every entry. */
  forget(platformId?: string): void {
    for (const [hash, entry] of this.cache) {
      if (!platformId || (entry.principal.kind === 'partner' && entry.principal.platformId === platformId)) this.cache.delete(hash);
    }
  }
}
