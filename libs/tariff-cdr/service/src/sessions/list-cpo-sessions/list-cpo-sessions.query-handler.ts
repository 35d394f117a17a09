import { Inject, Injectable } from '@nestjs/common';
import type { HandleOcpiModuleRequest, OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { listReply, pageQueryOf } from '../../ocpi-modules/sender-list';
import { TokenJoiner } from '../../shared/token-joiner';
import type { TariffCdrConfig } from '../../tariff-cdr.config';
import { SessionReadModel } from '../session.read-model';

/**
 * Sender GET of a hosted CPO (mod_sessions_cpo_get_method): date_from is required; an eMSP sees only
 * the sessions of its own tokens (sessions are personal data, never another eMSP's business).
 */
@Injectable()
export class ListCpoSessionsQueryHandler {
  constructor(
    private readonly sessions: SessionReadModel,
    private readonly tokens: TokenJoiner,
    @Inject(SERVICE_CONFIG) private readonly config: TariffCdrConfig,
  ) {}

  async execute(request: HandleOcpiModuleRequest): Promise<OcpiExchangeReply> {
    const query = pageQueryOf(request, this.config.TARIFF_CDR_PAGE_LIMIT, true);
    const page = await this.sessions.cpoPage(request.to, request.from, query);
    const objects = await this.tokens.join(page.rows, (row) => row.session, (row) => row.cdr_token);
    return listReply(request, { ...page, rows: objects }, query, this.config.TARIFF_CDR_PAGE_LIMIT, (object) => object);
  }
}
