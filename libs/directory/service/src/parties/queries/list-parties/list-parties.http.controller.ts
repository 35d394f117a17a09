import { Controller, Get, UseGuards } from '@nestjs/common';
import { AdminTokenGuard } from '@chargemesh/platform-runtime';
import { PartyReadModel } from '../party-read-model';

@Controller('admin/parties')
@UseGuards(AdminTokenGuard)
export class ListPartiesHttpController {
  constructor(private readonly parties: PartyReadModel) {}

  @Get()
  list() {
    return this.parties.list();
  }
}
