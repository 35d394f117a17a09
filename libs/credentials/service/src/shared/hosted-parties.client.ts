import { Inject, Injectable } from '@nestjs/common';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { DIRECTORY_ACTIONS, DIRECTORY_SERVICE, type PartyView } from '@chargemesh/contracts/party';
import type { PlatformConfig } from '@chargemesh/platform-config';
import type { NatsRequester } from '@chargemesh/platform-messaging';
import { NATS_REQUESTER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';

/** The parties hosted on this platform, asked of the directory (their owner) when our credentials are built. */
@Injectable()
export class HostedPartiesClient {
  constructor(
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(SERVICE_CONFIG) private readonly config: PlatformConfig,
  ) {}

  list(): Promise<PartyView[]> {
    return this.requester.request<PartyView[]>(commandSubject(this.config.CHARGEMESH_NAMESPACE, DIRECTORY_SERVICE, DIRECTORY_ACTIONS.listParties), {});
  }
}
