import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { acceptCredentialsRequestSchema, CREDENTIALS_ACTIONS } from '@chargemesh/contracts/credential';
import { CredentialsActions } from '../../shared/credentials-actions';
import { AcceptUpdateCommandHandler } from './accept-update.command-handler';

@Injectable()
export class AcceptUpdateMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: CredentialsActions,
    private readonly handler: AcceptUpdateCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(CREDENTIALS_ACTIONS.acceptUpdate, acceptCredentialsRequestSchema, (request) => this.handler.execute(request));
  }
}
