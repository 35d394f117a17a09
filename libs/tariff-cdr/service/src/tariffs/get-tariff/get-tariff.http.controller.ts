import { Controller, Get, Param, UseGuards } from '@nestjs/common';
import { listTariffsRequestSchema, tariffRefSchema } from '@chargemesh/contracts/tariff';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { GetTariffQueryHandler } from './get-tariff.query-handler';

@Controller('admin/tariffs')
@UseGuards(AdminTokenGuard)
export class GetTariffHttpController {
  constructor(private readonly handler: GetTariffQueryHandler) {}

  @Get(':countryCode/:partyId')
  list(@Param('countryCode') countryCode: string, @Param('partyId') partyId: string) {
    return this.handler.all(parseRequest(listTariffsRequestSchema, { countryCode, partyId }));
  }

  @Get(':countryCode/:partyId/:tariffId')
  one(@Param('countryCode') countryCode: string, @Param('partyId') partyId: string, @Param('tariffId') tariffId: string) {
    return this.handler.one(parseRequest(tariffRefSchema, { countryCode, partyId, tariffId }));
  }
}
