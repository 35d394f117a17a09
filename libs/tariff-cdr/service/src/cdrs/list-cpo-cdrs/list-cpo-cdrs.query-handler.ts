import { Inject, Injectable } from '@nestjs/common';
import type { HandleOcpiModuleRequest, OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { listReply, pageQueryOf } from '../../ocpi-modules/sender-list';
import { TokenJoiner } from '../../shared/token-joiner';
import type { TariffCdrConfig } from '../../tariff-cdr.config';
import { CdrReadModel } from '../cdr.read-model';

/** Sender GET of a hosted CPO (mod_cdrs_cpo_get_method): the CDRs for the calling eMSP only, paginated. */
@Injectable()
export class ListCpoCdrsQueryHandler {
  constructor(
    private readonly cdrs: CdrReadModel,
    private readonly tokens: TokenJoiner,
    @Inject(SERVICE_CONFIG) private readonly config: TariffCdrConfig,
  ) {}

  async execute(request: HandleOcpiModuleRequest): Promise<OcpiExchangeReply> {
    const query = pageQueryOf(request, this.config.TARIFF_CDR_PAGE_LIMIT);
    const page = await this.cdrs.cpoPage(request.to, request.from, query);
    const objects = await this.tokens.join(page.rows, (row) => row.cdr, (row) => row.cdr_token);
    return listReply(request, { ...page, rows: objects }, query, this.config.TARIFF_CDR_PAGE_LIMIT, (object) => object);
  }
}
