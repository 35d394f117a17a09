import { Body, Controller, Headers, Param, Put, UseGuards } from '@nestjs/common';
import { updateHostedPartyDetailsRequestSchema } from '@chargemesh/contracts/party';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { UpdateHostedPartyDetailsCommandHandler } from './update-hosted-party-details.command-handler';

@Controller('admin/parties')
@UseGuards(AdminTokenGuard)
export class UpdateHostedPartyDetailsHttpController {
  constructor(private readonly handler: UpdateHostedPartyDetailsCommandHandler) {}

  @Put(':countryCode/:partyId/roles/:role')
  update(
    @Param('countryCode') countryCode: string,
    @Param('partyId') partyId: string,
    @Param('role') role: string,
    @Body() body: { businessDetails?: unknown } | undefined,
    @Headers('x-correlation-id') correlationId?: string,
  ) {
    const request = parseRequest(updateHostedPartyDetailsRequestSchema, { countryCode, partyId, role: role.toUpperCase(), businessDetails: body?.businessDetails });
    return this.handler.execute(request, { correlationId });
  }
}
