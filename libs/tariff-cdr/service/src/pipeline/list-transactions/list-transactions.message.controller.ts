import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { listTransactionsRequestSchema } from '@chargemesh/contracts/session';
import { TARIFF_CDR_ACTIONS } from '@chargemesh/contracts/tariff';
import { TariffCdrActions } from '../../shared/tariff-cdr-actions';
import { ListTransactionsQueryHandler } from './list-transactions.query-handler';

/** `<ns>.cmd.tariff-cdr.list-transactions`. */
@Injectable()
export class ListTransactionsMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: TariffCdrActions,
    private readonly handler: ListTransactionsQueryHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(TARIFF_CDR_ACTIONS.listTransactions, listTransactionsRequestSchema, (request) => this.handler.execute(request));
  }
}
