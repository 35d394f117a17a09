import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { z } from 'zod';
import { CREDENTIALS_ACTIONS, partnerRequestSchema } from '@chargemesh/contracts/credential';
import { CredentialsActions } from '../../shared/credentials-actions';
import { ListPartnersQueryHandler } from './list-partners.query-handler';

@Injectable()
export class ListPartnersMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: CredentialsActions,
    private readonly handler: ListPartnersQueryHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(CREDENTIALS_ACTIONS.listPartners, z.unknown(), () => this.handler.list());
    this.actions.serve(CREDENTIALS_ACTIONS.getPartner, partnerRequestSchema, (request) => this.handler.get(request.platformId));
  }
}
