import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { z } from 'zod';
import { listReceivedEvsesRequestSchema, OICP_ACTIONS } from '@chargemesh/contracts/oicp';
import { CommandEndpoint } from '../../../shared/command-endpoint';
import { EmpCatalogueReadModel } from './emp-catalogue.read-model';

@Injectable()
export class ListReceivedMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly endpoint: CommandEndpoint,
    private readonly catalogue: EmpCatalogueReadModel,
  ) {}

  onApplicationBootstrap(): void {
    this.endpoint.serve(OICP_ACTIONS.listReceivedEvses, listReceivedEvsesRequestSchema, (request) => this.catalogue.evses(request.operatorId));
    this.endpoint.serve(OICP_ACTIONS.listReceivedPricing, z.unknown(), () => this.catalogue.pricing());
  }
}
