import { Inject, Injectable } from '@nestjs/common';
import { isCodedError } from '@chargemesh/contracts/envelope';
import type { HandleOcpiModuleRequest, OcpiExchangeReply } from '@chargemesh/contracts/ocpi';
import { TARIFF_CDR_ERRORS } from '@chargemesh/contracts/tariff';
import { decideStoreReceivedCdr, prepareCdrPost, receivedCdrUrl, splitCdrToken } from '@chargemesh/tariff-cdr-domain';
import { type EventStore, executeAggregateCommand } from '@chargemesh/platform-messaging';
import { EVENT_STORE, ProjectionHost } from '@chargemesh/platform-runtime';
import { OcpiHeader } from '@chargemesh/protocol-ocpi';
import { ok } from '../../ocpi-modules/ocpi-answers';
import { loadState, receivedCdrRef, receivedObjectBehaviour } from '../../shared/aggregates';
import { PersonalDataVault } from '../../shared/personal-data.vault';
import { cdrsProjection } from '../projections/cdrs.projection';

/**
 * Receiver POST of an eMSP hosted here (mod_cdrs_post_method): the CDR is stored once and answered
 * with its URL in the Location header. The same CDR posted again (a retry whose answer was lost) gets
 * the same answer without a second event; a different CDR under a used id is refused (CDRs are
 * never changed, only credited).
 */
@Injectable()
export class ReceiveCdrCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly projections: ProjectionHost,
    private readonly vault: PersonalDataVault,
  ) {}

  async post(request: HandleOcpiModuleRequest, raced = false): Promise<OcpiExchangeReply> {
    const { owner, cdr, cdrToken, digest } = prepareCdrPost(request.from, request.body);
    const ref = receivedCdrRef(request.to, owner, cdr.id);
    const location = { [OcpiHeader.LOCATION]: receivedCdrUrl(request.baseUrl, owner, cdr.id) };
    const input = { receiver: request.to, owner, cdrId: cdr.id, cdr, digest };
    const stored = await loadState(this.store, ref, receivedObjectBehaviour);
    if (stored.exists) {
      // An erased token cannot be compared any more: the digest (everything else) decides.
      const personal = stored.cdrToken ? await this.vault.get(stored.cdrToken.personalRef) : undefined;
      const samePersonalData = !personal || (personal.uid === cdrToken.uid && personal.contract_id === cdrToken.contract_id);
      decideStoreReceivedCdr(stored, { ...input, cdrToken: stored.cdrToken ?? splitCdrToken(cdrToken, '').ref, samePersonalData });
      return ok(undefined, 200, location);
    }
    const personalRef = await this.vault.put(splitCdrToken(cdrToken, '').personal);
    let appendedSeq: number | undefined;
    try {
      const { appended } = await executeAggregateCommand(this.store, ref, receivedObjectBehaviour, (state) => decideStoreReceivedCdr(state, { ...input, cdrToken: splitCdrToken(cdrToken, personalRef).ref, samePersonalData: false }).events, {
        correlationId: request.correlationId,
      });
      appendedSeq = appended[appended.length - 1]?.seq;
    } catch (error) {
      // Another copy of this CDR was stored between our read and our append: decide again against it.
      if (!raced && isCodedError(error) && error.code === TARIFF_CDR_ERRORS.cdrExists) return this.post(request, true);
      throw error;
    } finally {
      if (appendedSeq === undefined) await this.vault.erase(personalRef);
    }
    if (appendedSeq !== undefined) await this.projections.runner(cdrsProjection.name).waitFor(appendedSeq, 2_000);
    return ok(undefined, 201, location);
  }
}
