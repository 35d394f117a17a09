import { Controller, Delete, Headers, Param, UseGuards } from '@nestjs/common';
import { partyRefSchema } from '@chargemesh/contracts/party';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { SetRouteOverrideCommandHandler } from '../set-route-override/set-route-override.command-handler';

/** Releases an override: the route to the party is chosen automatically again. */
@Controller('admin/routes')
@UseGuards(AdminTokenGuard)
export class ClearRouteOverrideHttpController {
  constructor(private readonly handler: SetRouteOverrideCommandHandler) {}

  @Delete(':countryCode/:partyId')
  clear(@Param('countryCode') countryCode: string, @Param('partyId') partyId: string, @Headers('x-correlation-id') correlationId?: string) {
    return this.handler.execute(parseRequest(partyRefSchema, { countryCode, partyId }), { correlationId });
  }
}
