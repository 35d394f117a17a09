import { Inject, Injectable } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import { type PutTariffRequest, TARIFF_CDR_ERRORS, type TariffView } from '@chargemesh/contracts/tariff';
import { decidePublishTariff, prepareOwnTariff } from '@chargemesh/tariff-cdr-domain';
import { type EventStore, executeAggregateCommand } from '@chargemesh/platform-messaging';
import { EVENT_STORE, ProjectionHost } from '@chargemesh/platform-runtime';
import { ownTariffBehaviour, ownTariffRef } from '../../shared/aggregates';
import { HostedParties } from '../../shared/hosted-parties';
import { tariffsProjection } from '../projections/tariffs.projection';
import { TariffPushWorker } from '../push/tariff-push.worker';
import { TariffReadModel } from '../tariff.read-model';
import { TariffViews } from '../tariff-views';

/** Creates or replaces a tariff of a CPO hosted here; connected eMSPs get it pushed. Answers once it can be read back. */
@Injectable()
export class PutTariffCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionHost,
    private readonly hosted: HostedParties,
    private readonly tariffs: TariffReadModel,
    private readonly views: TariffViews,
    private readonly pushes: TariffPushWorker,
  ) {}

  async execute(request: PutTariffRequest, context: { correlationId?: string } = {}): Promise<TariffView> {
    const owner = await this.hosted.assertCpo(request);
    const tariff = prepareOwnTariff(owner, request.tariff, new Date());
    const { appended } = await executeAggregateCommand(this.store, ownTariffRef(owner, tariff.id), ownTariffBehaviour, (state) => decidePublishTariff(state, owner, tariff), context);
    if (appended.length) {
      await this.projections.runner(tariffsProjection.name).waitFor(appended[appended.length - 1].seq, 2_000);
      this.pushes.poke();
    }
    const row = await this.tariffs.own(owner, tariff.id);
    if (!row) throw new CodedError(TARIFF_CDR_ERRORS.tariffNotFound, `tariff ${tariff.id} is not readable yet; try again`);
    const [view] = await this.views.of([row]);
    return view;
  }
}
