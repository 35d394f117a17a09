import { Controller, Get, UseGuards } from '@nestjs/common';
import { AdminTokenGuard } from '@chargemesh/platform-runtime';
import { PlatformReadModel } from '../../platform-read-model';

/** Partner platforms with their status, connection, roles and endpoints, as the CREDENTIAL stream tells them. */
@Controller('admin/platforms')
@UseGuards(AdminTokenGuard)
export class ListPlatformsHttpController {
  constructor(private readonly platforms: PlatformReadModel) {}

  @Get()
  list() {
    return this.platforms.list();
  }
}
