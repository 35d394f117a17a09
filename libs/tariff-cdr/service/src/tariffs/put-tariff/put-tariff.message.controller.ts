import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { putTariffRequestSchema, TARIFF_CDR_ACTIONS } from '@chargemesh/contracts/tariff';
import { TariffCdrActions } from '../../shared/tariff-cdr-actions';
import { PutTariffCommandHandler } from './put-tariff.command-handler';

/** `<ns>.cmd.tariff-cdr.put-tariff` for other services and the CLI. */
@Injectable()
export class PutTariffMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: TariffCdrActions,
    private readonly handler: PutTariffCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(TARIFF_CDR_ACTIONS.putTariff, putTariffRequestSchema, (request) => this.handler.execute(request));
  }
}
