import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CREDENTIALS_ACTIONS, registerWithPartnerRequestSchema } from '@chargemesh/contracts/credential';
import { CredentialsActions } from '../../shared/credentials-actions';
import { RegisterWithPartnerCommandHandler } from './register-with-partner.command-handler';

@Injectable()
export class RegisterWithPartnerMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: CredentialsActions,
    private readonly handler: RegisterWithPartnerCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(CREDENTIALS_ACTIONS.registerWithPartner, registerWithPartnerRequestSchema, (request) => this.handler.execute(request));
  }
}
