import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { z } from 'zod';
import { OICP_ACTIONS, removePeerRequestSchema } from '@chargemesh/contracts/oicp';
import type { PlatformConfig } from '@chargemesh/platform-config';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { serveCommand } from '../../../shared/command-endpoint';
import { RegistryReadModel } from '../../../shared/registry.read-model';
import { RemovePeerCommandHandler } from '../../commands/remove-peer/remove-peer.command-handler';

@Injectable()
export class ListRegistryMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: PlatformConfig,
    private readonly registry: RegistryReadModel,
    private readonly removePeer: RemovePeerCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    const namespace = this.config.CHARGEMESH_NAMESPACE;
    serveCommand(this.responder, namespace, OICP_ACTIONS.listIdentities, z.unknown(), async () => (await this.registry.snapshot()).identities);
    serveCommand(this.responder, namespace, OICP_ACTIONS.listPeers, z.unknown(), async () => (await this.registry.snapshot()).peers);
    serveCommand(this.responder, namespace, OICP_ACTIONS.removePeer, removePeerRequestSchema, (request) => this.removePeer.execute(request));
  }
}
