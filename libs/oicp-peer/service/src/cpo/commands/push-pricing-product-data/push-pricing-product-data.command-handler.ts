import { Injectable } from '@nestjs/common';
import { OICP_AGGREGATES, PricingProductDataSubmittedV1, type PushPricingProductDataCommand, type SubmissionResult } from '@chargemesh/contracts/oicp';
import { pricingTargets } from '@chargemesh/oicp-peer-domain';
import { pushPricingProductDataRequestSchema } from '@chargemesh/protocol-oicp';
import { oicpRef } from '../../../shared/aggregates';
import { checkOicp, hostedOperator } from '../../../shared/hosted';
import { RegistryReadModel } from '../../../shared/registry.read-model';
import { SubmissionWriter, submissionResult } from '../../../shared/submission-writer';

/** A hosted CPO's pricing products for one EMP (its peer only) or for all (`ProviderID: "*"`, every EMP peer). */
@Injectable()
export class PushPricingProductDataCommandHandler {
  constructor(
    private readonly writer: SubmissionWriter,
    private readonly registry: RegistryReadModel,
  ) {}

  async execute(command: PushPricingProductDataCommand): Promise<SubmissionResult> {
    const snapshot = await this.registry.snapshot();
    const { operatorId, operatorName } = hostedOperator(snapshot, command.operatorId);
    const request = checkOicp(
      pushPricingProductDataRequestSchema,
      { ActionType: command.actionType, PricingProductData: { OperatorName: operatorName, ...command.pricingProductData, OperatorID: operatorId } },
      'the pricing product data',
    );
    const targets = pricingTargets(snapshot.peers, request.PricingProductData.ProviderID).map((peer) => peer.peerId);
    const { PricingProductDataRecords, ...header } = request.PricingProductData;
    // Each part repeats the header (ProviderID, default price) with its share of the product records.
    const appended = await this.writer.record(oicpRef(OICP_AGGREGATES.cpoCatalogue, operatorId), PricingProductDataSubmittedV1, {
      actionType: request.ActionType,
      records: PricingProductDataRecords,
      keyOf: (record) => record.ProductID,
      event: ({ actionType, records, batch }) => ({
        operatorId,
        actionType,
        pricingProductData: { ...header, PricingProductDataRecords: records } as unknown as Record<string, unknown>,
        targets,
        ...(batch ? { batch } : {}),
      }),
    });
    return submissionResult(appended, targets);
  }
}
