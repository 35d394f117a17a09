import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CREDENTIALS_ACTIONS, getOwnCredentialsRequestSchema } from '@chargemesh/contracts/credential';
import { CredentialsActions } from '../../shared/credentials-actions';
import { GetOwnCredentialsQueryHandler } from './get-own-credentials.query-handler';

@Injectable()
export class GetOwnCredentialsMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: CredentialsActions,
    private readonly handler: GetOwnCredentialsQueryHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(CREDENTIALS_ACTIONS.getOwnCredentials, getOwnCredentialsRequestSchema, () => this.handler.execute());
  }
}
