import { Inject, Injectable } from '@nestjs/common';
import { CodedError, commandSubject } from '@chargemesh/contracts/envelope';
import { type ConfigureIdentityRequest, type IdentityView, OICP_AGGREGATES, OICP_ERRORS, registryIdOfParty } from '@chargemesh/contracts/oicp';
import { DIRECTORY_ACTIONS, DIRECTORY_SERVICE } from '@chargemesh/contracts/party';
import { decideConfigureIdentity } from '@chargemesh/oicp-peer-domain';
import type { PlatformConfig } from '@chargemesh/platform-config';
import { type EventStore, executeAggregateCommand, type NatsRequester, NoRespondersError, RemoteError, RequestTimeoutError } from '@chargemesh/platform-messaging';
import { EVENT_STORE, NATS_REQUESTER, ProjectionHost, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { sameOperatorId, sameProviderId } from '@chargemesh/protocol-oicp';
import { registryProjection } from '../../../projections/registry.projection';
import { identityBehaviour, oicpRef } from '../../../shared/aggregates';
import { RegistryReadModel } from '../../../shared/registry.read-model';

/**
 * Gives a hosted party its OICP ids. The party must be hosted here: the directory, the owner of hosted
 * parties, is asked over NATS. An id a peer routes to cannot also be ours.
 */
@Injectable()
export class ConfigureIdentityCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(NATS_REQUESTER) private readonly requester: NatsRequester,
    @Inject(SERVICE_CONFIG) private readonly config: PlatformConfig,
    private readonly registry: RegistryReadModel,
    private readonly projections: ProjectionHost,
  ) {}

  async execute(request: ConfigureIdentityRequest): Promise<IdentityView> {
    await this.requireHostedParty(request.countryCode, request.partyId);
    const snapshot = await this.registry.snapshot();
    for (const peer of snapshot.peers) {
      if (request.operatorId && peer.operatorIds.some((id) => sameOperatorId(id, request.operatorId as string))) {
        throw new CodedError(OICP_ERRORS.idTaken, `OperatorID ${request.operatorId} routes to peer ${peer.peerId}`);
      }
      if (request.providerId && peer.providerIds.some((id) => sameProviderId(id, request.providerId as string))) {
        throw new CodedError(OICP_ERRORS.idTaken, `ProviderID ${request.providerId} routes to peer ${peer.peerId}`);
      }
    }
    const { appended, state } = await executeAggregateCommand(this.store, oicpRef(OICP_AGGREGATES.registry, registryIdOfParty(request.countryCode, request.partyId)), identityBehaviour, (current) =>
      decideConfigureIdentity(current, request, snapshot.identities),
    );
    if (appended.length) await this.projections.runner(registryProjection.name).waitFor(appended[appended.length - 1].seq, 5_000);
    return {
      countryCode: request.countryCode.toUpperCase(),
      partyId: request.partyId.toUpperCase(),
      ...(state.operatorId ? { operatorId: state.operatorId, operatorName: state.operatorName } : {}),
      ...(state.providerId ? { providerId: state.providerId } : {}),
    };
  }

  private async requireHostedParty(countryCode: string, partyId: string): Promise<void> {
    try {
      await this.requester.request(commandSubject(this.config.CHARGEMESH_NAMESPACE, DIRECTORY_SERVICE, DIRECTORY_ACTIONS.getParty), { countryCode, partyId });
    } catch (error) {
      if (error instanceof RemoteError && error.code === 'PARTY.NOT_FOUND') throw new CodedError(OICP_ERRORS.partyNotFound, `no party ${countryCode}*${partyId} is hosted here`);
      if (error instanceof NoRespondersError || error instanceof RequestTimeoutError) throw new CodedError(OICP_ERRORS.directoryUnavailable, 'the directory does not answer; hosted parties cannot be checked');
      throw error;
    }
  }
}
