import { Body, Controller, Headers, Param, Put, UseGuards } from '@nestjs/common';
import { setRouteOverrideRequestSchema } from '@chargemesh/contracts/party';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { SetRouteOverrideCommandHandler } from './set-route-override.command-handler';

@Controller('admin/routes')
@UseGuards(AdminTokenGuard)
export class SetRouteOverrideHttpController {
  constructor(private readonly handler: SetRouteOverrideCommandHandler) {}

  @Put(':countryCode/:partyId')
  set(
    @Param('countryCode') countryCode: string,
    @Param('partyId') partyId: string,
    @Body() body: { platformId?: unknown } | undefined,
    @Headers('x-correlation-id') correlationId?: string,
  ) {
    return this.handler.execute(parseRequest(setRouteOverrideRequestSchema, { countryCode, partyId, platformId: body?.platformId }), { correlationId });
  }
}
