import { Inject, Injectable } from '@nestjs/common';
import { AuthenticationDataReceivedV1, OICP_AGGREGATES } from '@chargemesh/contracts/oicp';
import type { EventStore } from '@chargemesh/platform-messaging';
import { EVENT_STORE } from '@chargemesh/platform-runtime';
import { type Acknowledgement, acknowledgement, normaliseProviderId, type PushAuthenticationDataRequest } from '@chargemesh/protocol-oicp';
import type { InboundCall } from '../../../peer-api/inbound/oicp-endpoint';
import { oicpRef } from '../../../shared/aggregates';
import { PersonalDataVault } from '../../../shared/personal-data.vault';

/** An EMP peer pushed the identifications it accepts; our CPO side may then authorize them offline. */
@Injectable()
export class ReceiveAuthenticationDataCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
  ) {}

  async execute(call: InboundCall<PushAuthenticationDataRequest>): Promise<Acknowledgement> {
    const { ActionType, ProviderAuthenticationData } = call.body;
    const providerId = normaliseProviderId(ProviderAuthenticationData.ProviderID) as string;
    const recordsRef = await this.vault.put(ProviderAuthenticationData.AuthenticationDataRecord);
    await this.store.append(oicpRef(OICP_AGGREGATES.cpoAuthData, providerId), AuthenticationDataReceivedV1, {
      providerId,
      peerId: call.peer.peerId,
      actionType: ActionType,
      recordsRef,
      recordCount: ProviderAuthenticationData.AuthenticationDataRecord.length,
    });
    return acknowledgement('000');
  }
}
