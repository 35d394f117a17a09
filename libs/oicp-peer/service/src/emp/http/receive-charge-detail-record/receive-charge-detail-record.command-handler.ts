import { Injectable } from '@nestjs/common';
import { type Acknowledgement, acknowledgement, type ChargeDetailRecord } from '@chargemesh/protocol-oicp';
import type { InboundCall } from '../../../peer-api/inbound/oicp-endpoint';
import { CdrReceipts } from './cdr-receipt';

/** A CPO peer delivers a CDR; a repeat of the same CDR is acknowledged like the first and recorded once. */
@Injectable()
export class ReceiveChargeDetailRecordCommandHandler {
  constructor(private readonly receipts: CdrReceipts) {}

  async execute(call: InboundCall<ChargeDetailRecord>): Promise<Acknowledgement> {
    await this.receipts.record(call.peer.peerId, call.body, 'push');
    return acknowledgement('000', { SessionID: call.body.SessionID, ...(call.body.CPOPartnerSessionID ? { CPOPartnerSessionID: call.body.CPOPartnerSessionID } : {}) });
  }
}
