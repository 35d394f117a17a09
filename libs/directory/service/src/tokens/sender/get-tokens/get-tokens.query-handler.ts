import { Inject, Injectable } from '@nestjs/common';
import type { OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { OcpiStatus, type PartyRef } from '@chargemesh/protocol-ocpi';
import type { DirectoryConfig } from '../../../directory.config';
import { pageHeaders, readPageRequest, senderRequestUrl } from '../../../locations/shared/keyset-page';
import { ocpiFailure, ocpiOk } from '../../../locations/shared/ocpi-replies';
import { TokenReadModel } from '../../token-read-model';

/** GET list on the Tokens Sender of a hosted eMSP: its tokens, oldest first, paginated (mod_tokens_msp_get_method). */
@Injectable()
export class GetTokensQueryHandler {
  constructor(
    private readonly tokens: TokenReadModel,
    @Inject(SERVICE_CONFIG) private readonly config: DirectoryConfig,
  ) {}

  async execute(emsp: PartyRef, query: Record<string, string>, baseUrl: string): Promise<OcpiExchangeReply> {
    const request = readPageRequest(query, { maxLimit: this.config.OCPI_PAGE_MAX_LIMIT, defaultLimit: this.config.OCPI_PAGE_DEFAULT_LIMIT });
    if (!request.ok) return ocpiFailure(200, OcpiStatus.INVALID_OR_MISSING_PARAMETERS, request.message);
    const page = await this.tokens.ownPage(emsp, request.page);
    const headers = pageHeaders(senderRequestUrl(baseUrl, 'tokens', query), request.page, page.total, page.items.length, page.lastKey, this.config.OCPI_PAGE_MAX_LIMIT);
    return ocpiOk(page.items, { headers });
  }
}
