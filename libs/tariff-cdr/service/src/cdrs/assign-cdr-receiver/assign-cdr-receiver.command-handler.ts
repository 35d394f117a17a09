import { Inject, Injectable } from '@nestjs/common';
import type { AssignCdrReceiverRequest, CdrView } from '@chargemesh/contracts/cdr';
import { CodedError } from '@chargemesh/contracts/envelope';
import { TARIFF_CDR_ERRORS } from '@chargemesh/contracts/tariff';
import { assignedReceiverOf, decideAssignReceiver } from '@chargemesh/tariff-cdr-domain';
import { type EventStore, executeAggregateCommand } from '@chargemesh/platform-messaging';
import { EVENT_STORE, ProjectionHost } from '@chargemesh/platform-runtime';
import { cpoCdrBehaviour, cpoCdrRef } from '../../shared/aggregates';
import { PersonalDataVault } from '../../shared/personal-data.vault';
import { CdrDeliveryWorker } from '../delivery/cdr-delivery.worker';
import { GetCdrQueryHandler } from '../get-cdr/get-cdr.query-handler';
import { cdrsProjection } from '../projections/cdrs.projection';

/**
 * An admin names the receiver of a CDR that waits for the owner of its token: an OCPI eMSP, or an
 * EMP served by the oicp-peer (the way a CDR reaches OICP until the token lookup can tell OICP tokens).
 */
@Injectable()
export class AssignCdrReceiverCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionHost,
    private readonly vault: PersonalDataVault,
    private readonly deliveries: CdrDeliveryWorker,
    private readonly cdrs: GetCdrQueryHandler,
  ) {}

  async execute(request: AssignCdrReceiverRequest, context: { correlationId?: string } = {}): Promise<CdrView> {
    const { receiver, token, personal } = assignedReceiverOf(request.receiver);
    const personalRef = await this.vault.put(personal);
    const { appended } = await executeAggregateCommand(this.store, cpoCdrRef(request, request.cdrId), cpoCdrBehaviour, (state) => decideAssignReceiver(state, receiver, { ...token, personalRef }), context).catch(async (error: unknown) => {
      await this.vault.erase(personalRef);
      throw error;
    });
    if (appended.length === 0) {
      await this.vault.erase(personalRef);
      throw new CodedError(TARIFF_CDR_ERRORS.cdrNotWaiting, `CDR ${request.cdrId} does not wait for a receiver`);
    }
    await this.projections.runner(cdrsProjection.name).waitFor(appended[appended.length - 1].seq, 2_000);
    this.deliveries.poke();
    return this.cdrs.one(request);
  }
}
