import { Inject, Injectable } from '@nestjs/common';
import { EvseDataReceivedV1, OICP_AGGREGATES } from '@chargemesh/contracts/oicp';
import type { EventStore } from '@chargemesh/platform-messaging';
import { EVENT_STORE } from '@chargemesh/platform-runtime';
import { type Acknowledgement, acknowledgement, normaliseOperatorId, type PushEvseDataRequest } from '@chargemesh/protocol-oicp';
import type { InboundCall } from '../../../peer-api/inbound/oicp-endpoint';
import { oicpRef } from '../../../shared/aggregates';

/** A CPO peer pushed EVSE data; acknowledged once recorded, projected for our EMPs. */
@Injectable()
export class ReceiveEvseDataCommandHandler {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(call: InboundCall<PushEvseDataRequest>): Promise<Acknowledgement> {
    const { ActionType, OperatorEvseData } = call.body;
    const operatorId = normaliseOperatorId(OperatorEvseData.OperatorID) as string;
    await this.store.append(oicpRef(OICP_AGGREGATES.empCatalogue, operatorId), EvseDataReceivedV1, {
      peerId: call.peer.peerId,
      operatorId,
      operatorName: OperatorEvseData.OperatorName,
      actionType: ActionType,
      records: OperatorEvseData.EvseDataRecord as unknown as Record<string, unknown>[],
      via: 'push',
    });
    return acknowledgement('000');
  }
}
