import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { acceptCredentialsRequestSchema, CREDENTIALS_ACTIONS } from '@chargemesh/contracts/credential';
import { CredentialsActions } from '../../shared/credentials-actions';
import { AcceptRegistrationCommandHandler } from './accept-registration.command-handler';

@Injectable()
export class AcceptRegistrationMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: CredentialsActions,
    private readonly handler: AcceptRegistrationCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(CREDENTIALS_ACTIONS.acceptRegistration, acceptCredentialsRequestSchema, (request) => this.handler.execute(request));
  }
}
