import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { sendCommandRequestSchema } from '../../../shared/module-actions';
import { SendCommandCommandHandler } from './send-command.command-handler';

@Controller('admin/parties/:countryCode/:partyId/commands')
@UseGuards(AdminTokenGuard)
export class SendCommandHttpController {
  constructor(private readonly handler: SendCommandCommandHandler) {}

  /** `{to: {countryCode, partyId}, body: <the command without response_url>}`. */
  @Post(':command')
  @HttpCode(200)
  send(@Param('countryCode') countryCode: string, @Param('partyId') partyId: string, @Param('command') command: string, @Body() body: { to?: unknown; body?: unknown }) {
    return this.handler.execute(parseRequest(sendCommandRequestSchema, { countryCode, partyId, command, to: body?.to, body: body?.body }));
  }
}
