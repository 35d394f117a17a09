import { Body, Controller, Headers, Param, Put, UseGuards } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import { putTariffRequestSchema } from '@chargemesh/contracts/tariff';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { PutTariffCommandHandler } from './put-tariff.command-handler';

@Controller('admin/tariffs')
@UseGuards(AdminTokenGuard)
export class PutTariffHttpController {
  constructor(private readonly handler: PutTariffCommandHandler) {}

  /** PUT /admin/tariffs/{country_code}/{party_id}/{tariff_id} with the OCPI Tariff (id optional, owner and last_updated set by us). */
  @Put(':countryCode/:partyId/:tariffId')
  put(@Param('countryCode') countryCode: string, @Param('partyId') partyId: string, @Param('tariffId') tariffId: string, @Body() body: unknown, @Headers('x-correlation-id') correlationId?: string) {
    const tariff = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
    if (!tariff) throw new CodedError('REQUEST.INVALID', 'the body must be an OCPI Tariff object');
    if (tariff.id !== undefined && String(tariff.id).toUpperCase() !== tariffId.toUpperCase()) throw new CodedError('REQUEST.INVALID', `the tariff id ${String(tariff.id)} differs from ${tariffId} in the URL`);
    return this.handler.execute(parseRequest(putTariffRequestSchema, { countryCode, partyId, tariff: { ...tariff, id: tariff.id ?? tariffId } }), { correlationId });
  }
}
