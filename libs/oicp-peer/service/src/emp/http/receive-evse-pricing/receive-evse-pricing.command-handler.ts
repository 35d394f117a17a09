import { Inject, Injectable } from '@nestjs/common';
import { EvsePricingReceivedV1, OICP_AGGREGATES } from '@chargemesh/contracts/oicp';
import type { EventStore } from '@chargemesh/platform-messaging';
import { EVENT_STORE } from '@chargemesh/platform-runtime';
import { type Acknowledgement, acknowledgement, normaliseOperatorId, type PushEvsePricingRequest } from '@chargemesh/protocol-oicp';
import type { InboundCall } from '../../../peer-api/inbound/oicp-endpoint';
import { oicpRef } from '../../../shared/aggregates';

/** A CPO peer pushed EVSE pricing; the body has no OperatorID, the path names the caller (checked by the endpoint). */
@Injectable()
export class ReceiveEvsePricingCommandHandler {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(call: InboundCall<PushEvsePricingRequest>): Promise<Acknowledgement> {
    const operatorId = normaliseOperatorId(call.pathParams.operatorID as string) as string;
    await this.store.append(oicpRef(OICP_AGGREGATES.empCatalogue, operatorId), EvsePricingReceivedV1, {
      peerId: call.peer.peerId,
      operatorId,
      actionType: call.body.ActionType,
      evsePricing: call.body.EVSEPricing as unknown as Record<string, unknown>[],
    });
    return acknowledgement('000');
  }
}
