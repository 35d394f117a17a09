import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import type { getChargeDetailRecordsCommandSchema, PullResult } from '@chargemesh/contracts/oicp';
import { type GetChargeDetailRecordsResponse, OICP_OPERATIONS } from '@chargemesh/protocol-oicp';
import { CdrReceipts } from '../../http/receive-charge-detail-record/cdr-receipt';
import { CpoPeerCaller } from '../cpo-peer-caller';

/**
 * Fetches our CDRs from the CPO peer of an operator (peer to peer the CPO's store replaces Hubject's)
 * and records each as if it had been pushed: one CDR per session, whichever way it came first.
 */
@Injectable()
export class GetChargeDetailRecordsCommandHandler {
  constructor(
    private readonly caller: CpoPeerCaller,
    private readonly receipts: CdrReceipts,
  ) {}

  async execute(command: z.output<typeof getChargeDetailRecordsCommandSchema>): Promise<PullResult & { recorded?: number }> {
    const query = { ...(command.page !== undefined ? { page: command.page } : {}), ...(command.size !== undefined ? { size: command.size } : {}) };
    const outcome = await this.caller.call<GetChargeDetailRecordsResponse>(
      command.providerId,
      command.operatorId,
      OICP_OPERATIONS.GetChargeDetailRecords,
      (providerId) => ({ ProviderID: providerId, From: command.from, To: command.to, OperatorID: command.operatorId, ...(command.sessionIds ? { SessionID: command.sessionIds } : {}) }),
      { query },
    );
    if (!outcome.routed) return { statusCode: outcome.statusCode };
    let recorded = 0;
    for (const cdr of outcome.response?.content ?? []) {
      if ((await this.receipts.record(outcome.peerId, cdr, 'pull')) === 'recorded') recorded++;
    }
    return { peerId: outcome.peerId, statusCode: outcome.statusCode, ...(outcome.response ? { response: outcome.response as unknown as Record<string, unknown> } : {}), recorded };
  }
}
