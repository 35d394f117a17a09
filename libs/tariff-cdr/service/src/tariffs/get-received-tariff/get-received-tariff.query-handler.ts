import { Injectable } from '@nestjs/common';
import type { HandleOcpiModuleRequest, OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { checkSenderOwns, describeParty, notFound, objectAddressOf } from '@chargemesh/tariff-cdr-domain';
import { ok } from '../../ocpi-modules/ocpi-answers';
import { TariffReadModel } from '../tariff.read-model';

/** Receiver GET: the CPO checks a tariff as the eMSP hosted here stores it (mod_tariffs_msp_get_method). */
@Injectable()
export class GetReceivedTariffQueryHandler {
  constructor(private readonly tariffs: TariffReadModel) {}

  async execute(request: HandleOcpiModuleRequest): Promise<OcpiExchangeReply> {
    const address = objectAddressOf(request.path, 'tariff');
    checkSenderOwns(request.from, address);
    const tariff = await this.tariffs.received(request.to, address.owner, address.id);
    if (!tariff) throw notFound(`${describeParty(request.to)} stores no tariff ${address.id} of ${describeParty(address.owner)}`);
    return ok(tariff);
  }
}
