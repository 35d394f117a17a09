import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { z } from 'zod';
import { listReceivedEvsesRequestSchema, OICP_ACTIONS } from '@chargemesh/contracts/oicp';
import type { PlatformConfig } from '@chargemesh/platform-config';
import type { NatsResponder } from '@chargemesh/platform-messaging';
import { NATS_RESPONDER, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { serveCommand } from '../../../shared/command-endpoint';
import { EmpCatalogueReadModel } from './emp-catalogue.read-model';

@Injectable()
export class ListReceivedMessageController implements OnApplicationBootstrap {
  constructor(
    @Inject(NATS_RESPONDER) private readonly responder: NatsResponder,
    @Inject(SERVICE_CONFIG) private readonly config: PlatformConfig,
    private readonly catalogue: EmpCatalogueReadModel,
  ) {}

  onApplicationBootstrap(): void {
    const namespace = this.config.CHARGEMESH_NAMESPACE;
    serveCommand(this.responder, namespace, OICP_ACTIONS.listReceivedEvses, listReceivedEvsesRequestSchema, (request) => this.catalogue.evses(request.operatorId));
    serveCommand(this.responder, namespace, OICP_ACTIONS.listReceivedPricing, z.unknown(), () => this.catalogue.pricing());
  }
}
