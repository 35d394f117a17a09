import { Controller, Delete, Headers, Param, UseGuards } from '@nestjs/common';
import { tariffRefSchema } from '@chargemesh/contracts/tariff';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { DeleteTariffCommandHandler } from './delete-tariff.command-handler';

@Controller('admin/tariffs')
@UseGuards(AdminTokenGuard)
export class DeleteTariffHttpController {
  constructor(private readonly handler: DeleteTariffCommandHandler) {}

  @Delete(':countryCode/:partyId/:tariffId')
  remove(@Param('countryCode') countryCode: string, @Param('partyId') partyId: string, @Param('tariffId') tariffId: string, @Headers('x-correlation-id') correlationId?: string) {
    return this.handler.execute(parseRequest(tariffRefSchema, { countryCode, partyId, tariffId }), { correlationId });
  }
}
