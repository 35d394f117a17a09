import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { z } from 'zod';
import { DIRECTORY_ACTIONS } from '@chargemesh/contracts/party';
import { DirectoryActions } from '../../../shared/directory-actions';
import { PlatformReadModel } from '../../platform-read-model';

@Injectable()
export class ListPlatformsMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: DirectoryActions,
    private readonly platforms: PlatformReadModel,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(DIRECTORY_ACTIONS.listPlatforms, z.unknown(), () => this.platforms.list());
  }
}
