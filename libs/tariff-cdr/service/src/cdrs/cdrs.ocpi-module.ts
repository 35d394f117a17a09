import { Injectable } from '@nestjs/common';
import type { HandleOcpiModuleRequest, OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { notAllowed, type OcpiModuleHandler } from '../ocpi-modules/ocpi-module';
import { GetReceivedCdrQueryHandler } from './get-received-cdr/get-received-cdr.query-handler';
import { ListCpoCdrsQueryHandler } from './list-cpo-cdrs/list-cpo-cdrs.query-handler';
import { ReceiveCdrCommandHandler } from './receive-cdr/receive-cdr.command-handler';

/** mod_cdrs: Sender (hosted CPOs) GET list; Receiver (hosted eMSPs) POST and GET at the Location we gave. */
@Injectable()
export class CdrsOcpiModule implements OcpiModuleHandler {
  readonly module = 'cdrs' as const;

  constructor(
    private readonly receive: ReceiveCdrCommandHandler,
    private readonly getReceived: GetReceivedCdrQueryHandler,
    private readonly listCpo: ListCpoCdrsQueryHandler,
  ) {}

  handle(request: HandleOcpiModuleRequest): Promise<OcpiExchangeReply> {
    if (request.interface === 'SENDER') return request.method === 'GET' && request.path.length === 0 ? this.listCpo.execute(request) : notAllowed(request);
    if (request.method === 'POST' && request.path.length === 0) return this.receive.post(request);
    if (request.method === 'GET') return this.getReceived.execute(request);
    return notAllowed(request);
  }
}
