import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import { EvseStatusReceivedV1, OICP_AGGREGATES, type pullEvseStatusCommandSchema, type PullResult } from '@chargemesh/contracts/oicp';
import { type EvseStatusByIdResponse, type EvseStatusResponse, normaliseOperatorId, OICP_OPERATIONS, operatorIdOfEvseId } from '@chargemesh/protocol-oicp';
import { oicpRef } from '../../../shared/aggregates';
import { SubmissionWriter } from '../../../shared/submission-writer';
import { CpoPeerCaller } from '../cpo-peer-caller';

const OPERATIONS = { all: OICP_OPERATIONS.PullEvseStatus, 'by-id': OICP_OPERATIONS.PullEvseStatusById, 'by-operator-id': OICP_OPERATIONS.PullEvseStatusByOperatorId };

/** Pulls EVSE status (all, by EvseID, by OperatorID) from the CPO peer of an operator and records it. */
@Injectable()
export class PullEvseStatusCommandHandler {
  constructor(
    private readonly caller: CpoPeerCaller,
    private readonly writer: SubmissionWriter,
  ) {}

  async execute(command: z.output<typeof pullEvseStatusCommandSchema>): Promise<PullResult> {
    const outcome = await this.caller.call<EvseStatusResponse | EvseStatusByIdResponse>(command.providerId, command.operatorId, OPERATIONS[command.variant], (providerId) => ({
      ...command.request,
      ProviderID: providerId,
    }));
    if (!outcome.routed) return { statusCode: outcome.statusCode };
    if (outcome.response) await this.record(outcome.peerId, outcome.response);
    return { peerId: outcome.peerId, statusCode: outcome.statusCode, ...(outcome.response ? { response: outcome.response as unknown as Record<string, unknown> } : {}) };
  }

  private async record(peerId: string, response: EvseStatusResponse | EvseStatusByIdResponse): Promise<void> {
    const byOperator = new Map<string, { EvseID: string; EvseStatus: string }[]>();
    const add = (operatorId: string | undefined, record: { EvseID: string; EvseStatus: string }) => {
      if (!operatorId || record.EvseStatus === 'EvseNotFound') return;
      byOperator.set(operatorId, [...(byOperator.get(operatorId) ?? []), record]);
    };
    if ('EvseStatuses' in response) {
      for (const group of response.EvseStatuses.OperatorEvseStatus) for (const record of group.EvseStatusRecord) add(normaliseOperatorId(group.OperatorID), record);
    } else {
      for (const record of response.EVSEStatusRecords.EvseStatusRecord) add(operatorIdOfEvseId(record.EvseID), record);
    }
    for (const [operatorId, records] of byOperator) {
      await this.writer.record(oicpRef(OICP_AGGREGATES.empCatalogue, operatorId), EvseStatusReceivedV1, {
        actionType: 'update',
        records,
        event: (part) => ({ peerId, operatorId, actionType: part.actionType, records: part.records, via: 'pull' as const, ...(part.batch ? { batch: part.batch } : {}) }),
      });
    }
  }
}
