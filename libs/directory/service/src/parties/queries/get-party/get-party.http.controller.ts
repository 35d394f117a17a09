import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { getPartyRequestSchema } from '@chargemesh/contracts/party';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { GetPartyQueryHandler } from './get-party.query-handler';

@Controller('admin/parties')
@UseGuards(AdminTokenGuard)
export class GetPartyHttpController {
  constructor(private readonly handler: GetPartyQueryHandler) {}

  @Get(':countryCode/:partyId')
  get(@Param('countryCode') countryCode: string, @Param('partyId') partyId: string) {
    return this.handler.execute(parseRequest(getPartyRequestSchema, { countryCode, partyId }));
  }
}
