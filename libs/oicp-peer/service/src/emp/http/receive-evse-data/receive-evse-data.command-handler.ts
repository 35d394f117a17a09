import { Injectable } from '@nestjs/common';
import { EvseDataReceivedV1, OICP_AGGREGATES } from '@chargemesh/contracts/oicp';
import { type Acknowledgement, acknowledgement, normaliseOperatorId, type PushEvseDataRequest } from '@chargemesh/protocol-oicp';
import type { InboundCall } from '../../../peer-api/inbound/oicp-endpoint';
import { evseKey } from '../../../projections/catalogue.sql';
import { oicpRef } from '../../../shared/aggregates';
import { SubmissionWriter } from '../../../shared/submission-writer';

/**
 * A CPO peer pushed EVSE data; acknowledged once recorded (every part of a fullLoad too large for one
 * event: a failure after some parts is answered as one, so the peer sends it again), projected for our EMPs.
 */
@Injectable()
export class ReceiveEvseDataCommandHandler {
  constructor(private readonly writer: SubmissionWriter) {}

  async execute(call: InboundCall<PushEvseDataRequest>): Promise<Acknowledgement> {
    const { ActionType, OperatorEvseData } = call.body;
    const operatorId = normaliseOperatorId(OperatorEvseData.OperatorID) as string;
    await this.writer.record(oicpRef(OICP_AGGREGATES.empCatalogue, operatorId), EvseDataReceivedV1, {
      actionType: ActionType,
      records: OperatorEvseData.EvseDataRecord as unknown as Record<string, unknown>[],
      keyOf: (record) => evseKey(record.EvseID as string),
      event: ({ actionType, records, batch }) => ({
        peerId: call.peer.peerId,
        operatorId,
        operatorName: OperatorEvseData.OperatorName,
        actionType,
        records,
        via: 'push' as const,
        ...(batch ? { batch } : {}),
      }),
    });
    return acknowledgement('000');
  }
}
