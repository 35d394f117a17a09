import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { sendChargingProfileRequestSchema } from '../../../shared/module-actions';
import { SendProfileRequestCommandHandler } from './send-profile-request.command-handler';

@Controller('admin/parties/:countryCode/:partyId/charging-profile-requests')
@UseGuards(AdminTokenGuard)
export class SendProfileRequestHttpController {
  constructor(private readonly handler: SendProfileRequestCommandHandler) {}

  /** `{to, sessionId, kind: set|get|clear, chargingProfile?, duration?}`. */
  @Post()
  @HttpCode(200)
  send(@Param('countryCode') countryCode: string, @Param('partyId') partyId: string, @Body() body: Record<string, unknown>) {
    return this.handler.execute(parseRequest(sendChargingProfileRequestSchema, { ...body, countryCode, partyId }));
  }
}
