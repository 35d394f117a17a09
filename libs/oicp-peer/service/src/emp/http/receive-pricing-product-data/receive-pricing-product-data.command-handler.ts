import { Injectable } from '@nestjs/common';
import { OICP_AGGREGATES, PricingProductDataReceivedV1 } from '@chargemesh/contracts/oicp';
import { type Acknowledgement, acknowledgement, normaliseOperatorId, OFFER_TO_ALL_PROVIDERS, type PushPricingProductDataRequest, sameProviderId } from '@chargemesh/protocol-oicp';
import type { InboundCall } from '../../../peer-api/inbound/oicp-endpoint';
import { OicpStatusError } from '../../../shared/oicp-status';
import { oicpRef } from '../../../shared/aggregates';
import { SubmissionWriter } from '../../../shared/submission-writer';

/** A CPO peer pushed pricing products, for one of our EMPs or for all of them. */
@Injectable()
export class ReceivePricingProductDataCommandHandler {
  constructor(private readonly writer: SubmissionWriter) {}

  async execute(call: InboundCall<PushPricingProductDataRequest>): Promise<Acknowledgement> {
    const { ActionType, PricingProductData } = call.body;
    const target = PricingProductData.ProviderID;
    if (target !== OFFER_TO_ALL_PROVIDERS && !call.registry.own.providerIds.some((own) => sameProviderId(own, target))) {
      throw new OicpStatusError('300', `no EMP ${target} is hosted here`);
    }
    const operatorId = normaliseOperatorId(PricingProductData.OperatorID) as string;
    const { PricingProductDataRecords, ...header } = PricingProductData;
    await this.writer.record(oicpRef(OICP_AGGREGATES.empCatalogue, operatorId), PricingProductDataReceivedV1, {
      actionType: ActionType,
      records: PricingProductDataRecords,
      keyOf: (record) => record.ProductID,
      event: ({ actionType, records, batch }) => ({
        peerId: call.peer.peerId,
        operatorId,
        actionType,
        pricingProductData: { ...header, PricingProductDataRecords: records } as unknown as Record<string, unknown>,
        ...(batch ? { batch } : {}),
      }),
    });
    return acknowledgement('000');
  }
}
