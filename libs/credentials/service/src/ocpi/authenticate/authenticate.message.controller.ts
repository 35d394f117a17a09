import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { authenticateRequestSchema, CREDENTIALS_ACTIONS } from '@chargemesh/contracts/credential';
import { CredentialsActions } from '../../shared/credentials-actions';
import { AuthenticateQueryHandler } from './authenticate.query-handler';

/** `<ns>.cmd.credentials.authenticate`: the OCPI edge resolves every incoming token here. */
@Injectable()
export class AuthenticateMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: CredentialsActions,
    private readonly handler: AuthenticateQueryHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(CREDENTIALS_ACTIONS.authenticate, authenticateRequestSchema, (request) => this.handler.execute(request));
  }
}
