import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { assignCdrReceiverRequestSchema } from '@chargemesh/contracts/cdr';
import { TARIFF_CDR_ACTIONS } from '@chargemesh/contracts/tariff';
import { TariffCdrActions } from '../../shared/tariff-cdr-actions';
import { AssignCdrReceiverCommandHandler } from './assign-cdr-receiver.command-handler';

/** `<ns>.cmd.tariff-cdr.assign-cdr-receiver`. */
@Injectable()
export class AssignCdrReceiverMessageController implements OnApplicationBootstrap {
  constructor(
    private readonly actions: TariffCdrActions,
    private readonly handler: AssignCdrReceiverCommandHandler,
  ) {}

  onApplicationBootstrap(): void {
    this.actions.serve(TARIFF_CDR_ACTIONS.assignCdrReceiver, assignCdrReceiverRequestSchema, (request) => this.handler.execute(request));
  }
}
