import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { getChargeDetailRecordsCommandSchema } from '@chargemesh/contracts/oicp';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { GetChargeDetailRecordsCommandHandler } from './get-charge-detail-records.command-handler';

@Controller('admin/oicp/emp/get-charge-detail-records')
@UseGuards(AdminTokenGuard)
export class GetChargeDetailRecordsHttpController {
  constructor(private readonly handler: GetChargeDetailRecordsCommandHandler) {}

  @Post()
  @HttpCode(200)
  execute(@Body() body: unknown) {
    return this.handler.execute(parseRequest(getChargeDetailRecordsCommandSchema, body));
  }
}
