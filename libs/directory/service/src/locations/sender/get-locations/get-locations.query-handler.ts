import { Inject, Injectable } from '@nestjs/common';
import type { OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { OcpiStatus, type PartyRef } from '@chargemesh/protocol-ocpi';
import { SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { DirectoryConfig } from '../../../directory.config';
import { LocationReadModel } from '../../location-read-model';
import { pageHeaders, readPageRequest, senderRequestUrl } from '../../shared/keyset-page';
import { ocpiFailure, ocpiOk } from '../../shared/ocpi-replies';

/** GET list on the Locations Sender of a hosted CPO: its locations, oldest first, paginated (mod_locations_get_list_request_parameters). */
@Injectable()
export class GetLocationsQueryHandler {
  constructor(
    private readonly locations: LocationReadModel,
    @Inject(SERVICE_CONFIG) private readonly config: DirectoryConfig,
  ) {}

  async execute(cpo: PartyRef, query: Record<string, string>, baseUrl: string): Promise<OcpiExchangeReply> {
    const request = readPageRequest(query, { maxLimit: this.config.OCPI_PAGE_MAX_LIMIT, defaultLimit: this.config.OCPI_PAGE_DEFAULT_LIMIT });
    if (!request.ok) return ocpiFailure(200, OcpiStatus.INVALID_OR_MISSING_PARAMETERS, request.message);
    const page = await this.locations.ownPage(cpo, request.page);
    const headers = pageHeaders(senderRequestUrl(baseUrl, 'locations', query), request.page, page.total, page.items.length, page.lastKey, this.config.OCPI_PAGE_MAX_LIMIT);
    return ocpiOk(page.items, { headers });
  }
}
