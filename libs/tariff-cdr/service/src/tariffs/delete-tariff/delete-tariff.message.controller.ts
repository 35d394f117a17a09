import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { TARIFF_CDR_ACTIONS, tariffRefSchema } from '@chargemesh/contracts/tariff';
import { TariffCdrActions } from '../../shared/tariff-cdr-actions';
import { DeleteTariffCommandHandler } from './delete-tariff.command-handler';

/** `<ns>.cmd.tariff-cdr.delete-tariff`. */
@Injectable()
export class DeleteTariffMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: TariffCdrActions,
    private readonly handler: DeleteTariffCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(TARIFF_CDR_ACTIONS.deleteTariff, tariffRefSchema, (request) => this.handler.execute(request));
  }
}
