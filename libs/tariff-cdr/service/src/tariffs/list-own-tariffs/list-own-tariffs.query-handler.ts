import { Inject, Injectable } from '@nestjs/common';
import type { HandleOcpiModuleRequest, OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { listReply, pageQueryOf } from '../../ocpi-modules/sender-list';
import type { TariffCdrConfig } from '../../tariff-cdr.config';
import { TariffReadModel } from '../tariff.read-model';

/** Sender GET of a hosted CPO: its tariffs in force, paginated (mod_tariffs_cpo_get_method). Tariffs are public: every caller sees the same list. */
@Injectable()
export class ListOwnTariffsQueryHandler {
  constructor(
    private readonly tariffs: TariffReadModel,
    @Inject(SERVICE_CONFIG) private readonly config: TariffCdrConfig,
  ) {}

  async execute(request: HandleOcpiModuleRequest): Promise<OcpiExchangeReply> {
    const query = pageQueryOf(request, this.config.TARIFF_CDR_PAGE_LIMIT);
    const page = await this.tariffs.ownPage(request.to, query);
    return listReply(request, page, query, this.config.TARIFF_CDR_PAGE_LIMIT, (row) => row.tariff);
  }
}
