import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { getSentRequestSchema } from '../../../shared/module-actions';
import { GetSentRequestQueryHandler } from '../../../shared/get-sent-request.query-handler';

@Controller('admin/commands')
@UseGuards(AdminTokenGuard)
export class GetCommandHttpController {
  constructor(private readonly handler: GetSentRequestQueryHandler) {}

  @Get(':id')
  get(@Param('id') id: string) {
    return this.handler.execute(parseRequest(getSentRequestSchema, { id }).id, 'commands');
  }
}
