import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CREDENTIALS_ACTIONS, partnerRequestSchema } from '@chargemesh/contracts/credential';
import { CredentialsActions } from '../../shared/credentials-actions';
import { UnregisterPartnerCommandHandler } from './unregister-partner.command-handler';

@Injectable()
export class UnregisterPartnerMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: CredentialsActions,
    private readonly handler: UnregisterPartnerCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(CREDENTIALS_ACTIONS.unregisterPartner, partnerRequestSchema, (request) => this.handler.execute(request));
  }
}
