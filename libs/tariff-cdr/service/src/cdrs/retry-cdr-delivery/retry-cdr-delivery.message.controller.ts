import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { retryCdrDeliveryRequestSchema } from '@chargemesh/contracts/cdr';
import { TARIFF_CDR_ACTIONS } from '@chargemesh/contracts/tariff';
import { TariffCdrActions } from '../../shared/tariff-cdr-actions';
import { RetryCdrDeliveryCommandHandler } from './retry-cdr-delivery.command-handler';

/** `<ns>.cmd.tariff-cdr.retry-cdr-delivery`. */
@Injectable()
export class RetryCdrDeliveryMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: TariffCdrActions,
    private readonly handler: RetryCdrDeliveryCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(TARIFF_CDR_ACTIONS.retryCdrDelivery, retryCdrDeliveryRequestSchema, (request) => this.handler.execute(request));
  }
}
