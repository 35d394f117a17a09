import { Controller, Get, UseGuards } from '@nestjs/common';
import { AdminTokenGuard } from '@chargemesh/platform-runtime';
import { ListRoutesQueryHandler } from './list-routes.query-handler';

@Controller('admin/routes')
@UseGuards(AdminTokenGuard)
export class ListRoutesHttpController {
  constructor(private readonly handler: ListRoutesQueryHandler) {}

  @Get()
  list() {
    return this.handler.execute();
  }
}
