import { Injectable } from '@nestjs/common';
import type { HandleOcpiModuleRequest, OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { checkSenderOwns, describeParty, notFound, objectAddressOf } from '@chargemesh/tariff-cdr-domain';
import { ok } from '../../ocpi-modules/ocpi-answers';
import { TokenJoiner } from '../../shared/token-joiner';
import { CdrReadModel } from '../cdr.read-model';

/**
 * Receiver GET at the URL we answered in Location, `{cdrs}/{country_code}/{party_id}/{cdr_id}`
 * (mod_cdrs_msp_get_method): only the CPO that posted the CDR can read it back.
 */
@Injectable()
export class GetReceivedCdrQueryHandler {
  constructor(
    private readonly cdrs: CdrReadModel,
    private readonly tokens: TokenJoiner,
  ) {}

  async execute(request: HandleOcpiModuleRequest): Promise<OcpiExchangeReply> {
    const address = objectAddressOf(request.path, 'cdr');
    checkSenderOwns(request.from, address);
    const row = await this.cdrs.received(request.to, address.owner, address.id);
    if (!row) throw notFound(`${describeParty(request.to)} stores no CDR ${address.id} of ${describeParty(address.owner)}`);
    return ok(await this.tokens.joinOne(row.cdr, row.cdr_token));
  }
}
