import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { z } from 'zod';
import { CREDENTIALS_ACTIONS } from '@chargemesh/contracts/credential';
import { CredentialsActions } from '../../shared/credentials-actions';
import { GetVersionsQueryHandler } from './get-versions.query-handler';

const empty = z.unknown();

/** `versions` and `version-details`: what the OCPI edge answers on /ocpi/versions and /ocpi/2.2.1. */
@Injectable()
export class GetVersionsMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: CredentialsActions,
    private readonly handler: GetVersionsQueryHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(CREDENTIALS_ACTIONS.versions, empty, async () => this.handler.versions());
    this.actions.serve(CREDENTIALS_ACTIONS.versionDetails, empty, () => this.handler.details());
  }
}
