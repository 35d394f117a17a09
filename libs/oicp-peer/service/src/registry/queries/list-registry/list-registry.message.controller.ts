import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { z } from 'zod';
import { OICP_ACTIONS, removePeerRequestSchema } from '@chargemesh/contracts/oicp';
import { CommandEndpoint } from '../../../shared/command-endpoint';
import { RegistryReadModel } from '../../../shared/registry.read-model';
import { RemovePeerCommandHandler } from '../../commands/remove-peer/remove-peer.command-handler';

@Injectable()
export class ListRegistryMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly endpoint: CommandEndpoint,
    private readonly registry: RegistryReadModel,
    private readonly removePeer: RemovePeerCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.endpoint.serve(OICP_ACTIONS.listIdentities, z.unknown(), async () => (await this.registry.snapshot()).identities);
    this.endpoint.serve(OICP_ACTIONS.listPeers, z.unknown(), async () => (await this.registry.snapshot()).peers);
    this.endpoint.serve(OICP_ACTIONS.removePeer, removePeerRequestSchema, (request) => this.removePeer.execute(request));
  }
}
