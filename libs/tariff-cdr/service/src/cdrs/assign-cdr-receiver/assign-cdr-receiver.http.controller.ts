import { Body, Controller, Headers, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { assignCdrReceiverRequestSchema } from '@chargemesh/contracts/cdr';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { AssignCdrReceiverCommandHandler } from './assign-cdr-receiver.command-handler';

@Controller('admin/cdrs')
@UseGuards(AdminTokenGuard)
export class AssignCdrReceiverHttpController {
  constructor(private readonly handler: AssignCdrReceiverCommandHandler) {}

  /** POST /admin/cdrs/{country_code}/{party_id}/{cdr_id}/receiver with `{ receiver: { kind: 'ocpi', cdrToken } | { kind: 'oicp', providerId, identification } }`. */
  @Post(':countryCode/:partyId/:cdrId/receiver')
  @HttpCode(200)
  assign(@Param('countryCode') countryCode: string, @Param('partyId') partyId: string, @Param('cdrId') cdrId: string, @Body() body: { receiver?: unknown }, @Headers('x-correlation-id') correlationId?: string) {
    return this.handler.execute(parseRequest(assignCdrReceiverRequestSchema, { countryCode, partyId, cdrId, receiver: body?.receiver }), { correlationId });
  }
}
