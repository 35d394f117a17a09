import { Body, Controller, Headers, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { retryCdrDeliveryRequestSchema } from '@chargemesh/contracts/cdr';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { RetryCdrDeliveryCommandHandler } from './retry-cdr-delivery.command-handler';

@Controller('admin/cdrs')
@UseGuards(AdminTokenGuard)
export class RetryCdrDeliveryHttpController {
  constructor(private readonly handler: RetryCdrDeliveryCommandHandler) {}

  @Post(':countryCode/:partyId/:cdrId/retry')
  @HttpCode(200)
  retry(@Param('countryCode') countryCode: string, @Param('partyId') partyId: string, @Param('cdrId') cdrId: string, @Body() body: { reason?: string } = {}, @Headers('x-correlation-id') correlationId?: string) {
    return this.handler.execute(parseRequest(retryCdrDeliveryRequestSchema, { countryCode, partyId, cdrId, ...(body?.reason ? { reason: body.reason } : {}) }), { correlationId });
  }
}
