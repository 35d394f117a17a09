import { Injectable } from '@nestjs/common';
import type { HandleOcpiModuleRequest, OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { checkSenderOwns, describeParty, notFound, objectAddressOf } from '@chargemesh/tariff-cdr-domain';
import { ok } from '../../ocpi-modules/ocpi-answers';
import { TokenJoiner } from '../../shared/token-joiner';
import { SessionReadModel } from '../session.read-model';

/** Receiver GET: the CPO checks a session as the eMSP hosted here stores it (mod_sessions_msp_get_method). */
@Injectable()
export class GetReceivedSessionQueryHandler {
  constructor(
    private readonly sessions: SessionReadModel,
    private readonly tokens: TokenJoiner,
  ) {}

  async execute(request: HandleOcpiModuleRequest): Promise<OcpiExchangeReply> {
    const address = objectAddressOf(request.path, 'session');
    checkSenderOwns(request.from, address);
    const row = await this.sessions.received(request.to, address.owner, address.id);
    if (!row) throw notFound(`${describeParty(request.to)} stores no session ${address.id} of ${describeParty(address.owner)}`);
    return ok(await this.tokens.joinOne(row.session, row.cdr_token));
  }
}
