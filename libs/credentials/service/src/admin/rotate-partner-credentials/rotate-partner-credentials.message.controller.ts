import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CREDENTIALS_ACTIONS, partnerRequestSchema } from '@chargemesh/contracts/credential';
import { CredentialsActions } from '../../shared/credentials-actions';
import { RotatePartnerCredentialsCommandHandler } from './rotate-partner-credentials.command-handler';

@Injectable()
export class RotatePartnerCredentialsMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: CredentialsActions,
    private readonly handler: RotatePartnerCredentialsCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(CREDENTIALS_ACTIONS.rotatePartnerCredentials, partnerRequestSchema, (request) => this.handler.execute(request));
  }
}
