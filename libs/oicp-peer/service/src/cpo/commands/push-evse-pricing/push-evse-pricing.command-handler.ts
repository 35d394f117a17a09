import { Injectable } from '@nestjs/common';
import { CodedError } from '@chargemesh/contracts/envelope';
import { EvsePricingSubmittedV1, OICP_AGGREGATES, OICP_ERRORS, type PushEvsePricingCommand, type SubmissionResult } from '@chargemesh/contracts/oicp';
import { pricingTargets } from '@chargemesh/oicp-peer-domain';
import { pushEvsePricingRequestSchema } from '@chargemesh/protocol-oicp';
import { oicpRef } from '../../../shared/aggregates';
import { checkEvseIdsOf, checkOicp, hostedOperator } from '../../../shared/hosted';
import { evseKey, providerKey } from '../../../projections/catalogue.sql';
import { RegistryReadModel } from '../../../shared/registry.read-model';
import { SubmissionWriter, submissionResult } from '../../../shared/submission-writer';

/**
 * A hosted CPO assigns pricing products to EVSEs for one EMP or for all. One push names one ProviderID
 * (or `*`), so each EMP peer only ever receives its own prices.
 */
@Injectable()
export class PushEvsePricingCommandHandler {
  constructor(
    private readonly writer: SubmissionWriter,
    private readonly registry: RegistryReadModel,
  ) {}

  async execute(command: PushEvsePricingCommand): Promise<SubmissionResult> {
    const snapshot = await this.registry.snapshot();
    const { operatorId } = hostedOperator(snapshot, command.operatorId);
    const request = checkOicp(pushEvsePricingRequestSchema, { ActionType: command.actionType, EVSEPricing: command.evsePricing }, 'the EVSE pricing');
    checkEvseIdsOf(operatorId, request.EVSEPricing.map((entry) => entry.EvseID));
    const providers = new Set(request.EVSEPricing.map((entry) => providerKey(entry.ProviderID)));
    if (providers.size !== 1) throw new CodedError(OICP_ERRORS.invalid, 'one EVSE pricing push names one ProviderID (or "*"); split it per EMP');
    const targets = pricingTargets(snapshot.peers, [...providers][0]).map((peer) => peer.peerId);
    const appended = await this.writer.record(oicpRef(OICP_AGGREGATES.cpoCatalogue, operatorId), EvsePricingSubmittedV1, {
      actionType: request.ActionType,
      records: request.EVSEPricing as unknown as Record<string, unknown>[],
      keyOf: (entry) => `${evseKey(entry.EvseID as string)}|${providerKey(entry.ProviderID as string)}`,
      event: ({ actionType, records, batch }) => ({ operatorId, actionType, evsePricing: records, targets, ...(batch ? { batch } : {}) }),
    });
    return submissionResult(appended, targets);
  }
}
