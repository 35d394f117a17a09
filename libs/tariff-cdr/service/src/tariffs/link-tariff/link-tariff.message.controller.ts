import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { linkTariffRequestSchema, TARIFF_CDR_ACTIONS } from '@chargemesh/contracts/tariff';
import { TariffCdrActions } from '../../shared/tariff-cdr-actions';
import { LinkTariffCommandHandler } from './link-tariff.command-handler';

/** `<ns>.cmd.tariff-cdr.link-tariff`. */
@Injectable()
export class LinkTariffMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: TariffCdrActions,
    private readonly handler: LinkTariffCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(TARIFF_CDR_ACTIONS.linkTariff, linkTariffRequestSchema, (request) => this.handler.execute(request));
  }
}
