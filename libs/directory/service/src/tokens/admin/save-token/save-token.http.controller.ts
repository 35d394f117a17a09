import { Body, Controller, Headers, Param, Put, Query, UseGuards } from '@nestjs/common';
import { saveTokenRequestSchema } from '@chargemesh/contracts/token';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { SaveTokenCommandHandler } from './save-token.command-handler';

@Controller('admin/parties/:countryCode/:partyId/tokens')
@UseGuards(AdminTokenGuard)
export class SaveTokenHttpController {
  constructor(private readonly handler: SaveTokenCommandHandler) {}

  /** The body is the Token without country_code, party_id, uid, type and last_updated; `?type=` defaults to RFID. */
  @Put(':uid')
  save(@Param('countryCode') countryCode: string, @Param('partyId') partyId: string, @Param('uid') uid: string, @Body() token: unknown, @Query('type') type?: string, @Headers('x-correlation-id') correlationId?: string) {
    return this.handler.execute(parseRequest(saveTokenRequestSchema, { countryCode, partyId, uid, ...(type ? { type } : {}), token }), { correlationId });
  }
}
