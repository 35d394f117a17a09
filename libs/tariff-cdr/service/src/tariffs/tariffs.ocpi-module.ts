import { Injectable } from '@nestjs/common';
import type { HandleOcpiModuleRequest, OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { notAllowed, type OcpiModuleHandler } from '../ocpi-modules/ocpi-module';
import { GetReceivedTariffQueryHandler } from './get-received-tariff/get-received-tariff.query-handler';
import { ListOwnTariffsQueryHandler } from './list-own-tariffs/list-own-tariffs.query-handler';
import { ReceiveTariffCommandHandler } from './receive-tariff/receive-tariff.command-handler';

/** mod_tariffs: Sender (hosted CPOs) GET list; Receiver (hosted eMSPs) GET, PUT, DELETE. */
@Injectable()
export class TariffsOcpiModule implements OcpiModuleHandler {
  readonly module = 'tariffs' as const;

  constructor(
    private readonly receive: ReceiveTariffCommandHandler,
    private readonly getReceived: GetReceivedTariffQueryHandler,
    private readonly listOwn: ListOwnTariffsQueryHandler,
  ) {}

  handle(request: HandleOcpiModuleRequest): Promise<OcpiExchangeReply> {
    if (request.interface === 'SENDER') return request.method === 'GET' && request.path.length === 0 ? this.listOwn.execute(request) : notAllowed(request);
    if (request.method === 'PUT') return this.receive.put(request);
    if (request.method === 'DELETE') return this.receive.delete(request);
    if (request.method === 'GET') return this.getReceived.execute(request);
    return notAllowed(request);
  }
}
