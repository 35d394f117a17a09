import { Injectable } from '@nestjs/common';
import { EvseStatusReceivedV1, OICP_AGGREGATES } from '@chargemesh/contracts/oicp';
import { type Acknowledgement, acknowledgement, normaliseOperatorId, type PushEvseStatusRequest } from '@chargemesh/protocol-oicp';
import type { InboundCall } from '../../../peer-api/inbound/oicp-endpoint';
import { evseKey } from '../../../projections/catalogue.sql';
import { oicpRef } from '../../../shared/aggregates';
import { SubmissionWriter } from '../../../shared/submission-writer';

/** A CPO peer pushed EVSE status; acknowledged once recorded (in parts when large), projected for our EMPs. */
@Injectable()
export class ReceiveEvseStatusCommandHandler {
  constructor(private readonly writer: SubmissionWriter) {}

  async execute(call: InboundCall<PushEvseStatusRequest>): Promise<Acknowledgement> {
    const { ActionType, OperatorEvseStatus } = call.body;
    const operatorId = normaliseOperatorId(OperatorEvseStatus.OperatorID) as string;
    await this.writer.record(oicpRef(OICP_AGGREGATES.empCatalogue, operatorId), EvseStatusReceivedV1, {
      actionType: ActionType,
      records: OperatorEvseStatus.EvseStatusRecord,
      keyOf: (record) => evseKey(record.EvseID),
      event: ({ actionType, records, batch }) => ({ peerId: call.peer.peerId, operatorId, actionType, records, via: 'push' as const, ...(batch ? { batch } : {}) }),
    });
    return acknowledgement('000');
  }
}
