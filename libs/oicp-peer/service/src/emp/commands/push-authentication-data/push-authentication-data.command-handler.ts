import { Inject, Injectable } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import { EmpAuthenticationDataSubmittedV1, OICP_AGGREGATES, OICP_ERRORS, type PushAuthenticationDataCommand, type SubmissionResult } from '@chargemesh/contracts/oicp';
import { cpoPeers, providerOfIdentification } from '@chargemesh/oicp-peer-domain';
import type { EventStore } from '@chargemesh/platform-messaging';
import { EVENT_STORE } from '@chargemesh/platform-runtime';
import { pushAuthenticationDataRequestSchema, sameProviderId } from '@chargemesh/protocol-oicp';
import { oicpRef } from '../../../shared/aggregates';
import { checkOicp, hostedProvider } from '../../../shared/hosted';
import { PersonalDataVault } from '../../../shared/personal-data.vault';
import { RegistryReadModel } from '../../../shared/registry.read-model';

/**
 * The identifications a hosted EMP accepts: kept to answer AuthorizeStart here, and pushed to every CPO
 * peer so that it can authorize them offline. The records are personal data and stay out of the event.
 */
@Injectable()
export class PushAuthenticationDataCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly registry: RegistryReadModel,
    private readonly vault: PersonalDataVault,
  ) {}

  async execute(command: PushAuthenticationDataCommand): Promise<SubmissionResult> {
    const snapshot = await this.registry.snapshot();
    const { providerId } = hostedProvider(snapshot, command.providerId);
    const request = checkOicp(
      pushAuthenticationDataRequestSchema,
      { ActionType: command.actionType, ProviderAuthenticationData: { ProviderID: providerId, AuthenticationDataRecord: command.records } },
      'the authentication data',
    );
    const records = request.ProviderAuthenticationData.AuthenticationDataRecord;
    const foreign = records.find((record) => {
      const owner = providerOfIdentification(record.Identification);
      return owner !== undefined && !sameProviderId(owner, providerId);
    });
    if (foreign) throw new CodedError(OICP_ERRORS.invalid, `a contract of another provider is in the authentication data of ${providerId}`);
    const recordsRef = await this.vault.put(records);
    const targets = command.pushToPeers ? cpoPeers(snapshot.peers).map((peer) => peer.peerId) : [];
    const { envelope } = await this.store.append(oicpRef(OICP_AGGREGATES.empAuthData, providerId), EmpAuthenticationDataSubmittedV1, {
      providerId,
      actionType: request.ActionType,
      recordsRef,
      recordCount: records.length,
      targets,
    });
    return { eventId: envelope.id, targets };
  }
}
