import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { sendChargingNotificationCommandSchema } from '@chargemesh/contracts/oicp';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { SendChargingNotificationCommandHandler } from './send-charging-notification.command-handler';

@Controller('admin/oicp/cpo/charging-notifications')
@UseGuards(AdminTokenGuard)
export class SendChargingNotificationHttpController {
  constructor(private readonly handler: SendChargingNotificationCommandHandler) {}

  @Post()
  @HttpCode(202)
  execute(@Body() body: unknown) {
    return this.handler.execute(parseRequest(sendChargingNotificationCommandSchema, body));
  }
}
