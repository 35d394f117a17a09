import { Inject, Injectable } from '@nestjs/common';
import type { TariffRef } from '@chargemesh/contracts/tariff';
import { decideRemoveTariff } from '@chargemesh/tariff-cdr-domain';
import { type EventStore, executeAggregateCommand } from '@chargemesh/platform-messaging';
import { EVENT_STORE, ProjectionHost } from '@chargemesh/platform-runtime';
import { ownTariffBehaviour, ownTariffRef } from '../../shared/aggregates';
import { HostedParties } from '../../shared/hosted-parties';
import { tariffsProjection } from '../projections/tariffs.projection';
import { TariffPushWorker } from '../push/tariff-push.worker';

/** Withdraws a tariff of a hosted CPO: it leaves the Sender list and eMSPs that had it get a DELETE. */
@Injectable()
export class DeleteTariffCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionHost,
    private readonly hosted: HostedParties,
    private readonly pushes: TariffPushWorker,
  ) {}

  async execute(request: TariffRef, context: { correlationId?: string } = {}): Promise<{ countryCode: string; partyId: string; tariffId: string; removed: true }> {
    const owner = await this.hosted.assertCpo(request);
    const { appended } = await executeAggregateCommand(this.store, ownTariffRef(owner, request.tariffId), ownTariffBehaviour, (state) => decideRemoveTariff(state, owner, request.tariffId, new Date()), context);
    await this.projections.runner(tariffsProjection.name).waitFor(appended[appended.length - 1].seq, 2_000);
    this.pushes.poke();
    return { ...owner, tariffId: request.tariffId, removed: true };
  }
}
