import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { getCdrRequestSchema, listCdrsRequestSchema } from '@chargemesh/contracts/cdr';
import { TARIFF_CDR_ACTIONS } from '@chargemesh/contracts/tariff';
import { TariffCdrActions } from '../../shared/tariff-cdr-actions';
import { GetCdrQueryHandler } from './get-cdr.query-handler';

/** `<ns>.cmd.tariff-cdr.get-cdr` and `list-cdrs`. */
@Injectable()
export class GetCdrMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: TariffCdrActions,
    private readonly handler: GetCdrQueryHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(TARIFF_CDR_ACTIONS.getCdr, getCdrRequestSchema, (request) => this.handler.one(request));
    this.actions.serve(TARIFF_CDR_ACTIONS.listCdrs, listCdrsRequestSchema, (request) =>
      this.handler.list({ ...(request.countryCode && request.partyId ? { cpo: { countryCode: request.countryCode, partyId: request.partyId } } : {}), ...(request.deliveryState ? { deliveryState: request.deliveryState } : {}), limit: request.limit }),
    );
  }
}
