import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import { EvseDataReceivedV1, OICP_AGGREGATES, type pullEvseDataCommandSchema, type PullResult } from '@chargemesh/contracts/oicp';
import { normaliseOperatorId, OICP_OPERATIONS, type PullEvseDataResponse } from '@chargemesh/protocol-oicp';
import { oicpRef } from '../../../shared/aggregates';
import { SubmissionWriter } from '../../../shared/submission-writer';
import { CpoPeerCaller } from '../cpo-peer-caller';

/** Pulls one page of EVSE data from the CPO peer of an operator and records what came back, as pushes are. */
@Injectable()
export class PullEvseDataCommandHandler {
  constructor(
    private readonly caller: CpoPeerCaller,
    private readonly writer: SubmissionWriter,
  ) {}

  async execute(command: z.output<typeof pullEvseDataCommandSchema>): Promise<PullResult> {
    const query = { ...(command.page !== undefined ? { page: command.page } : {}), ...(command.size !== undefined ? { size: command.size } : {}) };
    const outcome = await this.caller.call<PullEvseDataResponse>(
      command.providerId,
      command.operatorId,
      OICP_OPERATIONS.PullEvseData,
      (providerId) => ({ GeoCoordinatesResponseFormat: 'DecimalDegree', ...command.request, ProviderID: providerId }),
      { query },
    );
    if (!outcome.routed) return { statusCode: outcome.statusCode };
    if (outcome.response) await this.record(outcome.peerId, outcome.response);
    return { peerId: outcome.peerId, statusCode: outcome.statusCode, ...(outcome.response ? { response: outcome.response as unknown as Record<string, unknown> } : {}) };
  }

  /** A page may hold several operators; deltas of a LastCall pull arrive as deletions too. */
  private async record(peerId: string, page: PullEvseDataResponse): Promise<void> {
    const groups = new Map<string, { actionType: 'update' | 'delete'; operatorName: string; records: Record<string, unknown>[] }>();
    for (const { OperatorID, OperatorName, deltaType, lastUpdate: _lastUpdate, ...record } of page.content) {
      const operatorId = normaliseOperatorId(OperatorID) as string;
      const actionType = deltaType === 'delete' ? 'delete' : 'update';
      const key = `${operatorId}|${actionType}`;
      const group = groups.get(key) ?? { actionType, operatorName: OperatorName, records: [] };
      group.records.push(record);
      groups.set(key, group);
    }
    for (const [key, group] of groups) {
      const operatorId = key.split('|')[0];
      // A page of up to 2000 records may not fit one event: recorded in parts like a large push.
      await this.writer.record(oicpRef(OICP_AGGREGATES.empCatalogue, operatorId), EvseDataReceivedV1, {
        actionType: group.actionType,
        records: group.records,
        event: ({ actionType, records, batch }) => ({ peerId, operatorId, operatorName: group.operatorName, actionType, records, via: 'pull' as const, ...(batch ? { batch } : {}) }),
      });
    }
  }
}
