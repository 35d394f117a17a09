import { Inject, Injectable } from '@nestjs/common';
import { OICP_AGGREGATES, PricingProductDataReceivedV1 } from '@chargemesh/contracts/oicp';
import type { EventStore } from '@chargemesh/platform-messaging';
import { EVENT_STORE } from '@chargemesh/platform-runtime';
import { type Acknowledgement, acknowledgement, normaliseOperatorId, OFFER_TO_ALL_PROVIDERS, type PushPricingProductDataRequest, sameProviderId } from '@chargemesh/protocol-oicp';
import type { InboundCall } from '../../../peer-api/inbound/oicp-endpoint';
import { OicpStatusError } from '../../../shared/oicp-status';
import { oicpRef } from '../../../shared/aggregates';

/** A CPO peer pushed pricing products, for one of our EMPs or for all of them. */
@Injectable()
export class ReceivePricingProductDataCommandHandler {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(call: InboundCall<PushPricingProductDataRequest>): Promise<Acknowledgement> {
    const { ActionType, PricingProductData } = call.body;
    const target = PricingProductData.ProviderID;
    if (target !== OFFER_TO_ALL_PROVIDERS && !call.registry.own.providerIds.some((own) => sameProviderId(own, target))) {
      throw new OicpStatusError('300', `no EMP ${target} is hosted here`);
    }
    const operatorId = normaliseOperatorId(PricingProductData.OperatorID) as string;
    await this.store.append(oicpRef(OICP_AGGREGATES.empCatalogue, operatorId), PricingProductDataReceivedV1, {
      peerId: call.peer.peerId,
      operatorId,
      actionType: ActionType,
      pricingProductData: PricingProductData as unknown as Record<string, unknown>,
    });
    return acknowledgement('000');
  }
}
