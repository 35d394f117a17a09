import { Inject, Injectable } from '@nestjs/common';
import { EvseStatusReceivedV1, OICP_AGGREGATES } from '@chargemesh/contracts/oicp';
import type { EventStore } from '@chargemesh/platform-messaging';
import { EVENT_STORE } from '@chargemesh/platform-runtime';
import { type Acknowledgement, acknowledgement, normaliseOperatorId, type PushEvseStatusRequest } from '@chargemesh/protocol-oicp';
import type { InboundCall } from '../../../peer-api/inbound/oicp-endpoint';
import { oicpRef } from '../../../shared/aggregates';

/** A CPO peer pushed EVSE status; acknowledged once recorded, projected for our EMPs. */
@Injectable()
export class ReceiveEvseStatusCommandHandler {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(call: InboundCall<PushEvseStatusRequest>): Promise<Acknowledgement> {
    const { ActionType, OperatorEvseStatus } = call.body;
    const operatorId = normaliseOperatorId(OperatorEvseStatus.OperatorID) as string;
    await this.store.append(oicpRef(OICP_AGGREGATES.empCatalogue, operatorId), EvseStatusReceivedV1, {
      peerId: call.peer.peerId,
      operatorId,
      actionType: ActionType,
      records: OperatorEvseStatus.EvseStatusRecord,
      via: 'push',
    });
    return acknowledgement('000');
  }
}
