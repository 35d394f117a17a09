import { Inject, Injectable } from '@nestjs/common';
import { CodedError, pending } from '@chargemesh/contracts/envelope';
import { OICP_AGGREGATES, registryIdOfPeer, OICP_ERRORS, OicpPeerRemovedV1 } from '@chargemesh/contracts/oicp';
import { type EventStore, executeAggregateCommand } from '@chargemesh/platform-messaging';
import { EVENT_STORE, ProjectionHost } from '@chargemesh/platform-runtime';
import { registryProjection } from '../../../projections/registry.projection';
import { oicpRef, peerBehaviour } from '../../../shared/aggregates';
import { PeerCredentialsRepository } from '../../../shared/peer-credentials.repository';
import { RegistryReadModel } from '../../../shared/registry.read-model';

/** Forgets a peer: it can no longer call us, and what is still queued for it is refused. */
@Injectable()
export class RemovePeerCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly registry: RegistryReadModel,
    private readonly credentials: PeerCredentialsRepository,
    private readonly projections: ProjectionHost,
  ) {}

  async execute(request: { peerId: string }): Promise<{ removed: string }> {
    if (!(await this.registry.peer(request.peerId))) throw new CodedError(OICP_ERRORS.peerNotFound, `no peer ${request.peerId}`);
    await this.credentials.remove(request.peerId);
    const { appended } = await executeAggregateCommand(this.store, oicpRef(OICP_AGGREGATES.registry, registryIdOfPeer(request.peerId)), peerBehaviour, (registered) => {
      if (!registered) throw new CodedError(OICP_ERRORS.peerNotFound, `no peer ${request.peerId}`);
      return [pending(OicpPeerRemovedV1, { peerId: request.peerId })];
    });
    await this.projections.runner(registryProjection.name).waitFor(appended[appended.length - 1].seq, 5_000);
    return { removed: request.peerId };
  }
}
