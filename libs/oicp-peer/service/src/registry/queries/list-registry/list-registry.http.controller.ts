import { Controller, Delete, Get, Param, UseGuards } from '@nestjs/common';
import { AdminTokenGuard } from '@chargemesh/platform-runtime';
import { RegistryReadModel } from '../../../shared/registry.read-model';
import { RemovePeerCommandHandler } from '../../commands/remove-peer/remove-peer.command-handler';

/** Reads the registry (identities, peers) and removes peers; secrets are never part of a read. */
@Controller('admin/oicp')
@UseGuards(AdminTokenGuard)
export class ListRegistryHttpController {
  constructor(
    private readonly registry: RegistryReadModel,
    private readonly removePeer: RemovePeerCommandHandler,
  ) {}

  @Get('identities')
  async identities() {
    return (await this.registry.snapshot()).identities;
  }

  @Get('peers')
  async peers() {
    return (await this.registry.snapshot()).peers;
  }

  @Delete('peers/:peerId')
  remove(@Param('peerId') peerId: string) {
    return this.removePeer.execute({ peerId });
  }
}
