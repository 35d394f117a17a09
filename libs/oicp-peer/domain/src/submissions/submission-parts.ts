import { CodedError } from '@chargemesh/contracts/envelope';
import { OICP_ERRORS, type OicpActionType, type SubmissionBatch } from '@chargemesh/contracts/oicp';

/*
 * An event is one NATS message, bounded by the server's max_payload (1 MB by default), while an OICP
 * fullLoad is as large as the operator's catalogue (Hubject full loads run to many MB). A submission that
 * does not fit one event is recorded as several parts, in order: a fullLoad's first part is the fullLoad,
 * every later part inserts into what it loaded; an update, insert or delete is simply split. Applying the
 * parts in order leaves the same catalogue as applying the whole submission at once.
 */

/** Share of max_payload the records of one event may take; the rest is the envelope, headers and slack. */
export const EVENT_RECORDS_SHARE = 0.75;

const utf8 = new TextEncoder();

/** Size of a value as it travels in an event (JSON, UTF-8). */
export const jsonBytes = (value: unknown): number => utf8.encode(JSON.stringify(value)).length;

/** Bytes the records of one event may take, given max_payload and the size of the event without records. */
export function recordBudgetBytes(maxPayloadBytes: number, fixedBytes: number): number {
  const budget = Math.floor(maxPayloadBytes * EVENT_RECORDS_SHARE) - fixedBytes;
  if (budget < 1024) throw new CodedError(OICP_ERRORS.recordTooLarge, `an event of ${fixedBytes} bytes without its records leaves no room under max_payload ${maxPayloadBytes}`);
  return budget;
}

/**
 * Splits items, in order, into consecutive chunks whose JSON array fits `maxBytes`. Always at least one
 * chunk (an empty fullLoad is still one event: it clears the catalogue).
 */
export function chunkBySize<T>(items: readonly T[], maxBytes: number, sizeOf: (item: T) => number = jsonBytes): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let used = 2; // "[" and "]"
  for (const item of items) {
    const size = sizeOf(item);
    if (size + 2 > maxBytes) throw new CodedError(OICP_ERRORS.recordTooLarge, `a record of ${size} bytes does not fit one event (${maxBytes} bytes for records)`);
    const separator = current.length > 0 ? 1 : 0;
    if (used + separator + size > maxBytes) {
      chunks.push(current);
      current = [];
      used = 2;
    }
    used += (current.length > 0 ? 1 : 0) + size;
    current.push(item);
  }
  chunks.push(current);
  return chunks;
}

/** The last record of each key, in the order of those last records: what applying them all leaves. */
export function lastOfEach<T>(records: readonly T[], keyOf: (record: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const record of records) {
    const key = keyOf(record);
    byKey.delete(key);
    byKey.set(key, record);
  }
  return [...byKey.values()];
}

/** One event's share of a submission: what it does to the catalogue, its records, and which part it is. */
export interface SubmissionPart<T> {
  actionType: OicpActionType;
  records: T[];
  /** Only when the submission takes more than one event. */
  batch?: SubmissionBatch;
}

export interface SplitOptions<T> {
  batchId: string;
  /** Room for the records of one event (recordBudgetBytes). */
  maxRecordBytes: number;
  sizeOf?: (record: T) => number;
  /**
   * Identity of a record (normalised EvseID, ProductID...). A fullLoad keeps only the last record of each
   * key, as applying it would, so that its later parts insert records the first part never held.
   */
  keyOf?: (record: T) => string;
}

export function splitSubmission<T>(actionType: OicpActionType, records: readonly T[], options: SplitOptions<T>): SubmissionPart<T>[] {
  const unique = actionType === 'fullLoad' && options.keyOf ? lastOfEach(records, options.keyOf) : records;
  const chunks = chunkBySize(unique, options.maxRecordBytes, options.sizeOf);
  if (chunks.length === 1) return [{ actionType, records: chunks[0] }];
  return chunks.map((chunk, index) => ({
    // Never a second fullLoad: it would drop the parts before it.
    actionType: index > 0 && actionType === 'fullLoad' ? 'insert' : actionType,
    records: chunk,
    batch: { id: options.batchId, index, count: chunks.length, actionType },
  }));
}
