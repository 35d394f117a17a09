import { Inject, Injectable } from '@nestjs/common';
import type { HandleOcpiModuleRequest, OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { checkSenderOwns, decideDeleteReceivedTariff, decideStoreReceivedTariff, objectAddressOf, prepareTariffPut } from '@chargemesh/tariff-cdr-domain';
import { type EventStore, executeAggregateCommand } from '@chargemesh/platform-messaging';
import { EVENT_STORE, ProjectionHost } from '@chargemesh/platform-runtime';
import { ok } from '../../ocpi-modules/ocpi-answers';
import { receivedObjectBehaviour, receivedTariffRef } from '../../shared/aggregates';
import { tariffsProjection } from '../projections/tariffs.projection';

/** Receiver interface of an eMSP hosted here: a CPO pushes (PUT) or withdraws (DELETE) one of its tariffs. */
@Injectable()
export class ReceiveTariffCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionHost,
  ) {}

  async put(request: HandleOcpiModuleRequest): Promise<OcpiExchangeReply> {
    const { address, tariff } = prepareTariffPut(request.from, request.path, request.body);
    let created = false;
    const { appended } = await executeAggregateCommand(
      this.store,
      receivedTariffRef(request.to, address.owner, address.id),
      receivedObjectBehaviour,
      (state) => {
        const decision = decideStoreReceivedTariff(state, request.to, address, tariff);
        created = decision.created;
        return decision.events;
      },
      { correlationId: request.correlationId },
    );
    await this.readable(appended);
    return ok(undefined, created ? 201 : 200);
  }

  async delete(request: HandleOcpiModuleRequest): Promise<OcpiExchangeReply> {
    const address = objectAddressOf(request.path, 'tariff');
    checkSenderOwns(request.from, address);
    const { appended } = await executeAggregateCommand(this.store, receivedTariffRef(request.to, address.owner, address.id), receivedObjectBehaviour, (state) => decideDeleteReceivedTariff(state, request.to, address), {
      correlationId: request.correlationId,
    });
    await this.readable(appended);
    return ok();
  }

  /** Read-your-writes: a GET right after the answer must see the change. */
  private async readable(appended: { seq: number }[]): Promise<void> {
    if (appended.length) await this.projections.runner(tariffsProjection.name).waitFor(appended[appended.length - 1].seq, 2_000);
  }
}
