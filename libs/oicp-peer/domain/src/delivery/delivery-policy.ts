import { normaliseEvseId } from '@chargemesh/protocol-oicp';

/*
 * Outbound one-way messages (pushes, notifications, CDRs) go through a persistent delivery queue:
 * at least once, in order per (peer, operation) lane, one request in flight per lane ("data push
 * requests that address the same operation MUST always be processed sequentially"). Receivers make
 * repeats harmless (the EMP keeps one CDR per SessionID), which makes a CDR arrive exactly once.
 */

/** What one attempt came to, from the transport's point of view. */
export type AttemptResult =
  | { kind: 'answered'; httpStatus: number; result?: boolean; code?: string }
  | { kind: 'timed-out' | 'unreachable' | 'invalid-response'; detail: string };

export type DeliveryDecision = 'delivered' | 'retry' | 'refused';

/** Codes that say "not now" rather than "never": the same request may succeed later. */
const TRANSIENT_CODES = new Set(['001', '002', '009', '021', '310', '320']);

export function decideDelivery(attempt: AttemptResult): DeliveryDecision {
  if (attempt.kind !== 'answered') return 'retry';
  if (attempt.httpStatus >= 500 || attempt.httpStatus === 408 || attempt.httpStatus === 429) return 'retry';
  if (attempt.httpStatus >= 400) return attempt.code !== undefined && TRANSIENT_CODES.has(attempt.code) ? 'retry' : 'refused';
  if (attempt.result === true && attempt.code === '000') return 'delivered';
  return attempt.code !== undefined && TRANSIENT_CODES.has(attempt.code) ? 'retry' : 'refused';
}

/** Delay before attempt `attempts + 1`; the last step of the schedule repeats (a CDR is never given up). */
export function retryDelayMs(attempts: number, schedule: readonly number[]): number {
  return schedule[Math.min(Math.max(attempts, 1), schedule.length) - 1];
}

export interface QueuedStatusPush {
  id: number;
  coalesceKey?: string;
  body: { ActionType: string; OperatorEvseStatus: { OperatorID: string; OperatorName?: string; EvseStatusRecord: { EvseID: string; EvseStatus: string }[] } };
}

/**
 * Merges the queued status updates at the head of a lane into one push: consecutive rows with the same
 * coalesce key (the same operator, ActionType update or insert), the last status of each EVSE winning.
 * Sent as one request they reach the peer in the same order with the same end state, far faster than
 * one request per update. Returns the rows merged and the body to send.
 */
export function coalesceStatusPushes(rows: readonly QueuedStatusPush[], maxRecords: number): { ids: number[]; body: QueuedStatusPush['body'] } {
  const [head] = rows;
  if (!head) throw new Error('nothing to coalesce');
  if (head.coalesceKey === undefined) return { ids: [head.id], body: head.body };
  const ids: number[] = [];
  const latest = new Map<string, { EvseID: string; EvseStatus: string }>();
  for (const row of rows) {
    if (row.coalesceKey !== head.coalesceKey) break;
    const records = row.body.OperatorEvseStatus.EvseStatusRecord;
    if (ids.length > 0 && latest.size + records.length > maxRecords) break;
    ids.push(row.id);
    for (const record of records) {
      const key = normaliseEvseId(record.EvseID) ?? record.EvseID;
      latest.delete(key); // re-inserted last, so the map keeps the order of the final updates
      latest.set(key, record);
    }
  }
  return { ids, body: { ...head.body, OperatorEvseStatus: { ...head.body.OperatorEvseStatus, EvseStatusRecord: [...latest.values()] } } };
}
