import { Inject, Injectable } from '@nestjs/common';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { type ConnectedParty, DIRECTORY_ACTIONS, DIRECTORY_SERVICE } from '@chargemesh/contracts/party';
import type { NatsRequester } from '@chargemesh/platform-messaging';
import { NATS_REQUESTER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { TariffCdrConfig } from '../tariff-cdr.config';

/** The eMSPs our CPOs push tariffs to: hosted here or reachable over a CONNECTED route (the directory's routing table). */
@Injectable()
export class ConnectedEmsps {
  constructor(
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(SERVICE_CONFIG) private readonly config: TariffCdrConfig,
  ) {}

  async list(): Promise<ConnectedParty[]> {
    return this.requester.request<ConnectedParty[]>(commandSubject(this.config.CHARGEMESH_NAMESPACE, DIRECTORY_SERVICE, DIRECTORY_ACTIONS.listConnectedParties), { role: 'EMSP' });
  }
}
