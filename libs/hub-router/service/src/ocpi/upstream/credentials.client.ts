import { Inject, Injectable } from '@nestjs/common';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { CREDENTIALS_ACTIONS, CREDENTIALS_SERVICE, type OwnCredentials, type VersionDetailsView } from '@chargemesh/contracts/credential';
import type { Credentials, Version } from '@chargemesh/protocol-ocpi';
import type { NatsRequester } from '@chargemesh/platform-messaging';
import { NATS_REQUESTER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { HubRouterConfig } from '../../hub-router.config';

/** The credentials service as the OCPI edge uses it (core NATS request/reply). */
@Injectable()
export class CredentialsClient {
  constructor(
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
  ) {}

  versions(): Promise<Version[]> {
    return this.call(CREDENTIALS_ACTIONS.versions, {});
  }

  versionDetails(): Promise<VersionDetailsView> {
    return this.call(CREDENTIALS_ACTIONS.versionDetails, {});
  }

  ownCredentials(): Promise<OwnCredentials> {
    return this.call(CREDENTIALS_ACTIONS.getOwnCredentials, {});
  }

  /** POST and PUT include the credentials service's own calls to the partner: they get the long time-out. */
  acceptRegistration(platformId: string, credentials: unknown, correlationId?: string): Promise<Credentials> {
    return this.call(CREDENTIALS_ACTIONS.acceptRegistration, { platformId, credentials, correlationId }, this.config.OCPI_CREDENTIALS_TIMEOUT_MS);
  }

  acceptUpdate(platformId: string, credentials: unknown, correlationId?: string): Promise<Credentials> {
    return this.call(CREDENTIALS_ACTIONS.acceptUpdate, { platformId, credentials, correlationId }, this.config.OCPI_CREDENTIALS_TIMEOUT_MS);
  }

  acceptUnregistration(platformId: string, correlationId?: string): Promise<null> {
    return this.call(CREDENTIALS_ACTIONS.acceptUnregistration, { platformId, correlationId });
  }

  private call<T>(action: string, payload: unknown, timeoutMs?: number): Promise<T> {
    return this.requester.request<T>(commandSubject(this.config.CHARGEMESH_NAMESPACE, CREDENTIALS_SERVICE, action), payload, timeoutMs ? { timeoutMs } : {});
  }
}
