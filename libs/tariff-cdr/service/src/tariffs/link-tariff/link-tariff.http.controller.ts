import { Body, Controller, Delete, Param, Put, UseGuards } from '@nestjs/common';
import { linkTariffRequestSchema } from '@chargemesh/contracts/tariff';
import { AdminTokenGuard, parseRequest } from '@chargemesh/platform-runtime';
import { LinkTariffCommandHandler } from './link-tariff.command-handler';

@Controller('admin/tariffs')
@UseGuards(AdminTokenGuard)
export class LinkTariffHttpController {
  constructor(private readonly handler: LinkTariffCommandHandler) {}

  /** PUT /admin/tariffs/{cc}/{pid}/{tariff_id}/locations/{location_id} `{ evseUids? }`: offer the tariff at the location's EVSEs. */
  @Put(':countryCode/:partyId/:tariffId/locations/:locationId')
  link(@Param() params: Record<string, string>, @Body() body: { evseUids?: string[] } = {}) {
    return this.handler.execute(parseRequest(linkTariffRequestSchema, { ...params, ...(body?.evseUids ? { evseUids: body.evseUids } : {}) }));
  }

  /** DELETE the same: stop offering it there. */
  @Delete(':countryCode/:partyId/:tariffId/locations/:locationId')
  unlink(@Param() params: Record<string, string>) {
    return this.handler.execute(parseRequest(linkTariffRequestSchema, { ...params, unlink: true }));
  }
}
