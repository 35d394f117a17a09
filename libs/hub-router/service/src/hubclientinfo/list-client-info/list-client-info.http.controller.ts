import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ocpiSuccess, OcpiStatus, paginationResponseHeaders, parsePaginationQuery } from '@chargemesh/protocol-ocpi';
import { SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { HubRouterConfig } from '../../hub-router.config';
import { OcpiCaller, type OcpiAuthentication, requirePartner } from '../../ocpi/auth/ocpi-request';
import { OcpiStatusError } from '../../ocpi/envelope/ocpi-errors';
import { OcpiEndpoint } from '../../ocpi/ocpi-edge';
import { DirectoryClient } from '../../ocpi/upstream/directory.client';

const PAGE = { defaultLimit: 100, maxLimit: 1000 };

/**
 * GET {sender}/hubclientinfo: as a Hub, the ClientInfo of every connected party, paginated
 * (mod_hub_client_info_hub_get): Link, X-Total-Count, X-Limit; date_from inclusive, date_to exclusive.
 */
@Controller('ocpi/2.2.1/sender/hubclientinfo')
@OcpiEndpoint('hubclientinfo')
export class ListClientInfoHttpController {
  constructor(
    private readonly directory: DirectoryClient,
    @Inject(SERVICE_CONFIG) private readonly config: HubRouterConfig,
  ) {}

  @Get()
  async list(@OcpiCaller() caller: OcpiAuthentication, @Query() query: Record<string, string | string[]>, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    requirePartner(caller);
    const parsed = parsePaginationQuery(query, PAGE);
    if (!parsed.ok) throw new OcpiStatusError(OcpiStatus.INVALID_OR_MISSING_PARAMETERS, parsed.problems.join('; '));
    const { offset, limit, dateFrom, dateTo } = parsed.params;
    const page = await this.directory.listClientInfo({ offset, limit, ...(dateFrom ? { dateFrom: dateFrom.toISOString() } : {}), ...(dateTo ? { dateTo: dateTo.toISOString() } : {}) });
    const requestUrl = `${this.config.OCPI_BASE_URL.replace(/\/+$/, '')}${request.originalUrl}`;
    response.set(paginationResponseHeaders({ requestUrl, params: { offset, limit }, maxLimit: PAGE.maxLimit, totalCount: page.total, returnedCount: page.items.length }));
    return ocpiSuccess(page.items);
  }
}
