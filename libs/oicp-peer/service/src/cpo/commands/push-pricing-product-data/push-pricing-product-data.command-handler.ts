import { Inject, Injectable } from '@nestjs/common';
import { OICP_AGGREGATES, PricingProductDataSubmittedV1, type PushPricingProductDataCommand, type SubmissionResult } from '@chargemesh/contracts/oicp';
import { pricingTargets } from '@chargemesh/oicp-peer-domain';
import type { EventStore } from '@chargemesh/platform-messaging';
import { EVENT_STORE } from '@chargemesh/platform-runtime';
import { pushPricingProductDataRequestSchema } from '@chargemesh/protocol-oicp';
import { oicpRef } from '../../../shared/aggregates';
import { checkOicp, hostedOperator } from '../../../shared/hosted';
import { RegistryReadModel } from '../../../shared/registry.read-model';

/** A hosted CPO's pricing products for one EMP (its peer only) or for all (`ProviderID: "*"`, every EMP peer). */
@Injectable()
export class PushPricingProductDataCommandHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
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
    const { envelope } = await this.store.append(oicpRef(OICP_AGGREGATES.cpoCatalogue, operatorId), PricingProductDataSubmittedV1, {
      operatorId,
      actionType: request.ActionType,
      pricingProductData: request.PricingProductData as unknown as Record<string, unknown>,
      targets,
    });
    return { eventId: envelope.id, targets };
  }
}
