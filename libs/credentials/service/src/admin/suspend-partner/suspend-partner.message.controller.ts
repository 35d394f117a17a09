import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CREDENTIALS_ACTIONS, partnerRequestSchema } from '@chargemesh/contracts/credential';
import { CredentialsActions } from '../../shared/credentials-actions';
import { SuspendPartnerCommandHandler } from './suspend-partner.command-handler';

@Injectable()
export class SuspendPartnerMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: CredentialsActions,
    private readonly handler: SuspendPartnerCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(CREDENTIALS_ACTIONS.suspendPartner, partnerRequestSchema, (request) => this.handler.execute(request));
  }
}
