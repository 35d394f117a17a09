import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CREDENTIALS_ACTIONS, partnerRequestSchema } from '@chargemesh/contracts/credential';
import { CredentialsActions } from '../../shared/credentials-actions';
import { GetPartnerTokenQueryHandler } from './get-partner-token.query-handler';

@Injectable()
export class GetPartnerTokenMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: CredentialsActions,
    private readonly handler: GetPartnerTokenQueryHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(CREDENTIALS_ACTIONS.getPartnerToken, partnerRequestSchema, (request) => this.handler.execute(request));
  }
}
