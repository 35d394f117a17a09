import { Inject, Injectable } from '@nestjs/common';
import type { z } from 'zod';
import type { CdrView, retryCdrDeliveryRequestSchema } from '@chargemesh/contracts/cdr';
import { decideRedelivery } from '@chargemesh/tariff-cdr-domain';
import { type EventStore, executeAggregateCommand } from '@chargemesh/platform-messaging';
import { EVENT_STORE, ProjectionHost } from '@chargemesh/platform-runtime';
import { cpoCdrBehaviour, cpoCdrRef } from '../../shared/aggregates';
import { CdrDeliveryWorker } from '../delivery/cdr-delivery.worker';
import { GetCdrQueryHandler } from '../get-cdr/get-cdr.query-handler';
import { cdrsProjection } from '../projections/cdrs.projection';

/** An admin sends a CDR whose delivery the receiver rejected once more (after the cause was fixed on either side). */
@Injectable()
export class RetryCdrDeliveryCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionHost,
    private readonly deliveries: CdrDeliveryWorker,
    private readonly cdrs: GetCdrQueryHandler,
  ) {}

  async execute(request: z.infer<typeof retryCdrDeliveryRequestSchema>, context: { correlationId?: string } = {}): Promise<CdrView> {
    const { appended } = await executeAggregateCommand(this.store, cpoCdrRef(request, request.cdrId), cpoCdrBehaviour, (state) => decideRedelivery(state, request.reason), context);
    await this.projections.runner(cdrsProjection.name).waitFor(appended[appended.length - 1].seq, 2_000);
    this.deliveries.poke();
    return this.cdrs.one(request);
  }
}
