import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { sendChargeDetailRecordCommandSchema } from '@chargemesh/contracts/oicp';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { SendChargeDetailRecordCommandHandler } from './send-charge-detail-record.command-handler';

@Controller('admin/oicp/cpo/charge-detail-records')
@UseGuards(AdminTokenGuard)
export class SendChargeDetailRecordHttpController {
  constructor(private readonly handler: SendChargeDetailRecordCommandHandler) {}

  @Post()
  @HttpCode(202)
  execute(@Body() body: unknown) {
    return this.handler.execute(parseRequest(sendChargeDetailRecordCommandSchema, body));
  }
}
