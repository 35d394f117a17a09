import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { z } from 'zod';
import { DIRECTORY_ACTIONS } from '@chargemesh/contracts/party';
import { DirectoryActions } from '../../../shared/directory-actions';
import { PartyReadModel } from '../party-read-model';

/** `<ns>.cmd.directory.list-parties`: the credentials service builds our Credentials object and version details from it. */
@Injectable()
export class ListPartiesMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: DirectoryActions,
    private readonly parties: PartyReadModel,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(DIRECTORY_ACTIONS.listParties, z.unknown(), () => this.parties.list());
  }
}
