import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { listTariffsRequestSchema, TARIFF_CDR_ACTIONS, tariffRefSchema } from '@chargemesh/contracts/tariff';
import { TariffCdrActions } from '../../shared/tariff-cdr-actions';
import { GetTariffQueryHandler } from './get-tariff.query-handler';

/** `<ns>.cmd.tariff-cdr.get-tariff` and `list-tariffs`. */
@Injectable()
export class GetTariffMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: TariffCdrActions,
    private readonly handler: GetTariffQueryHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(TARIFF_CDR_ACTIONS.getTariff, tariffRefSchema, (request) => this.handler.one(request));
    this.actions.serve(TARIFF_CDR_ACTIONS.listTariffs, listTariffsRequestSchema, (request) => this.handler.all(request));
  }
}
