import { Inject, Injectable } from '@nestjs/common';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { type ClientInfoPage, type ClientInfoRequest, type ClientInfoView, DIRECTORY_ACTIONS, DIRECTORY_SERVICE } from '@chargemesh/contracts/party';
import type { NatsRequester } from '@chargemesh/platform-messaging';
import { NATS_REQUESTER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { HubRouterConfig } from '../../hub-router.config';

/** The directory as the OCPI edge uses it for hubclientinfo. */
@Injectable()
export class DirectoryClient {
  constructor(
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
  ) {}

  recordClientInfo(request: ClientInfoRequest): Promise<null> {
    return this.call(DIRECTORY_ACTIONS.recordClientInfo, request);
  }

  getClientInfo(request: { hubPlatformId: string; countryCode: string; partyId: string }): Promise<ClientInfoView> {
    return this.call(DIRECTORY_ACTIONS.getClientInfo, request);
  }

  listClientInfo(request: { dateFrom?: string; dateTo?: string; offset: number; limit: number }): Promise<ClientInfoPage> {
    return this.call(DIRECTORY_ACTIONS.listClientInfo, request);
  }

  private call<T>(action: string, payload: unknown): Promise<T> {
    return this.requester.request<T>(commandSubject(this.config.CHARGEMESH_NAMESPACE, DIRECTORY_SERVICE, action), payload);
  }
}
