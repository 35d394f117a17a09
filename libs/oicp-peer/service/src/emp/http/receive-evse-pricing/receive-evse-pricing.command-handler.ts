import { Injectable } from '@nestjs/common';
import { EvsePricingReceivedV1, OICP_AGGREGATES } from '@chargemesh/contracts/oicp';
import { type Acknowledgement, acknowledgement, normaliseOperatorId, type PushEvsePricingRequest } from '@chargemesh/protocol-oicp';
import type { InboundCall } from '../../../peer-api/inbound/oicp-endpoint';
import { evseKey, providerKey } from '../../../projections/catalogue.sql';
import { oicpRef } from '../../../shared/aggregates';
import { SubmissionWriter } from '../../../shared/submission-writer';

/** A CPO peer pushed EVSE pricing; the body has no OperatorID, the path names the caller (checked by the endpoint). */
@Injectable()
export class ReceiveEvsePricingCommandHandler {
  constructor(private readonly writer: SubmissionWriter) {}

  async execute(call: InboundCall<PushEvsePricingRequest>): Promise<Acknowledgement> {
    const operatorId = normaliseOperatorId(call.pathParams.operatorID as string) as string;
    await this.writer.record(oicpRef(OICP_AGGREGATES.empCatalogue, operatorId), EvsePricingReceivedV1, {
      actionType: call.body.ActionType,
      records: call.body.EVSEPricing as unknown as Record<string, unknown>[],
      keyOf: (entry) => `${evseKey(entry.EvseID as string)}|${providerKey(entry.ProviderID as string)}`,
      event: ({ actionType, records, batch }) => ({ peerId: call.peer.peerId, operatorId, actionType, evsePricing: records, ...(batch ? { batch } : {}) }),
    });
    return acknowledgement('000');
  }
}
