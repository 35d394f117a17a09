import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { TARIFF_CDR_ACTIONS } from '@chargemesh/contracts/tariff';
import { eraseTokenPersonalDataRequestSchema } from '@chargemesh/contracts/token';
import { TariffCdrActions } from '../../shared/tariff-cdr-actions';
import { EraseTokenPersonalDataCommandHandler } from './erase-token-personal-data.command-handler';

/** `<ns>.cmd.tariff-cdr.erase-token-personal-data`, the same request as the directory's erasure. */
@Injectable()
export class EraseTokenPersonalDataMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: TariffCdrActions,
    private readonly handler: EraseTokenPersonalDataCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(TARIFF_CDR_ACTIONS.eraseTokenPersonalData, eraseTokenPersonalDataRequestSchema, (request) => this.handler.execute(request));
  }
}
