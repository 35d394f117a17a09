import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CREDENTIALS_ACTIONS, issueTokenARequestSchema } from '@chargemesh/contracts/credential';
import { CredentialsActions } from '../../shared/credentials-actions';
import { IssueTokenACommandHandler } from './issue-token-a.command-handler';

@Injectable()
export class IssueTokenAMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: CredentialsActions,
    private readonly handler: IssueTokenACommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(CREDENTIALS_ACTIONS.issueTokenA, issueTokenARequestSchema, (request) => this.handler.execute(request));
  }
}
