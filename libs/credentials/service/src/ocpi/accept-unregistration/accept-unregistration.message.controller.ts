import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { acceptUnregistrationRequestSchema, CREDENTIALS_ACTIONS } from '@chargemesh/contracts/credential';
import { CredentialsActions } from '../../shared/credentials-actions';
import { AcceptUnregistrationCommandHandler } from './accept-unregistration.command-handler';

@Injectable()
export class AcceptUnregistrationMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: CredentialsActions,
    private readonly handler: AcceptUnregistrationCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(CREDENTIALS_ACTIONS.acceptUnregistration, acceptUnregistrationRequestSchema, (request) => this.handler.execute(request));
  }
}
