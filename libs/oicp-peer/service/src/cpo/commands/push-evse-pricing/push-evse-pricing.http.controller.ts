import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { pushEvsePricingRequestSchema } from '@chargemesh/contracts/oicp';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { PushEvsePricingCommandHandler } from './push-evse-pricing.command-handler';

@Controller('admin/oicp/cpo/evse-pricing')
@UseGuards(AdminTokenGuard)
export class PushEvsePricingHttpController {
  constructor(private readonly handler: PushEvsePricingCommandHandler) {}

  @Post()
  @HttpCode(202)
  execute(@Body() body: unknown) {
    return this.handler.execute(parseRequest(pushEvsePricingRequestSchema, body));
  }
}
