import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CREDENTIALS_ACTIONS, recordPartnerActivityRequestSchema } from '@chargemesh/contracts/credential';
import { CredentialsActions } from '../../shared/credentials-actions';
import { RecordPartnerActivityCommandHandler } from './record-partner-activity.command-handler';

@Injectable()
export class RecordPartnerActivityMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: CredentialsActions,
    private readonly handler: RecordPartnerActivityCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(CREDENTIALS_ACTIONS.recordPartnerActivity, recordPartnerActivityRequestSchema, (request) => this.handler.execute(request));
  }
}
