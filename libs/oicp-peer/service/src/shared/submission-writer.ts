import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import type { DataSource } from 'typeorm';
import { CodedError, type EventData, type EventDefinition } from '@chargemesh/contracts/envelope';
import { OICP_ERRORS, type OicpActionType, type SubmissionResult } from '@chargemesh/contracts/oicp';
import { jsonBytes, recordBudgetBytes, type SubmissionPart, splitSubmission } from '@chargemesh/oicp-peer-domain';
import type { AggregateRef, AppendResult, EventStore } from '@chargemesh/platform-messaging';
import { DATA_SOURCE, EVENT_STORE, NATS_CONNECTION } from '@chargemesh/platform-runtime';

/** NATS' default max_payload, until the connection has told us the server's. */
const DEFAULT_MAX_PAYLOAD = 1024 * 1024;
/** Class of the advisory locks that serialize large submissions (the two-int lock space, apart from the others). */
const SUBMISSION_LOCK_CLASS = 0x4f494350;
const SUBMISSION_LOCK_TIMEOUT = '30s';

export interface Submission<TDefinition extends EventDefinition, TRecord> {
  actionType: OicpActionType;
  records: readonly TRecord[];
  /** Identity of a record, so a fullLoad keeps the last of each (see splitSubmission). */
  keyOf?: (record: TRecord) => string;
  /** The data of the event that records one part. */
  event: (part: SubmissionPart<TRecord>) => EventData<TDefinition>;
}

/**
 * Records an OICP submission (EVSE data, status, pricing) as one event, or as several when it does not
 * fit one NATS message (the server's max_payload). The parts of one submission are appended in order
 * while holding a Postgres advisory lock for the aggregate and event type, as is every fullLoad: two
 * fullLoads never interleave their parts, so the stream (and every projection and delivery lane that
 * follows it) sees each one whole. A short delta may land between parts; applied in that order it still
 * gives an end state one of the two orders would. Failing after some parts is an error, never a success.
 */
@Injectable()
export class SubmissionWriter {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  maxPayloadBytes(): number {
    return this.nc.info?.max_payload ?? DEFAULT_MAX_PAYLOAD;
  }

  async record<TDefinition extends EventDefinition, TRecord>(ref: AggregateRef, definition: TDefinition, submission: Submission<TDefinition, TRecord>): Promise<AppendResult[]> {
    const batchId = randomUUID();
    // The event without its records, with the largest batch field it can carry.
    const fixedBytes = jsonBytes(submission.event({ actionType: 'fullLoad', records: [], batch: { id: batchId, index: 9_999, count: 10_000, actionType: 'fullLoad' } }));
    const parts = splitSubmission(submission.actionType, submission.records, {
      batchId,
      maxRecordBytes: recordBudgetBytes(this.maxPayloadBytes(), fixedBytes),
      keyOf: submission.keyOf,
    });
    const events = parts.map((part) => submission.event(part));
    if (events.length === 1 && submission.actionType !== 'fullLoad') return [await this.store.append(ref, definition, events[0])];
    return this.underLock(`${this.store.subjectOf(ref)}|${definition.type}`, () => this.appendInOrder(ref, definition, events));
  }

  private async appendInOrder<TDefinition extends EventDefinition>(ref: AggregateRef, definition: TDefinition, events: EventData<TDefinition>[]): Promise<AppendResult[]> {
    const appended: AppendResult[] = [];
    for (const data of events) {
      try {
        appended.push(await this.store.append(ref, definition, data));
      } catch (error) {
        if (appended.length === 0) throw error;
        throw new CodedError(
          OICP_ERRORS.submissionIncomplete,
          `only ${appended.length} of ${events.length} parts of the ${definition.type} submission were recorded (${(error as Error).message}); send the whole submission again`,
        );
      }
    }
    return appended;
  }

  private async underLock<T>(key: string, work: () => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        await manager.query(`SET LOCAL lock_timeout = '${SUBMISSION_LOCK_TIMEOUT}'`);
        await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [SUBMISSION_LOCK_CLASS, key]);
        return work();
      });
    } catch (error) {
      // 55P03 lock_not_available: another large submission for this catalogue is still being recorded.
      if ((error as { code?: string }).code === '55P03') throw new CodedError(OICP_ERRORS.submissionBusy, `another submission for ${key} is still being recorded; try again`);
      throw error;
    }
  }
}

/** The answer to a push recorded in one or several events. */
export function submissionResult(appended: readonly AppendResult[], targets: string[]): SubmissionResult {
  return { eventId: appended[0].envelope.id, ...(appended.length > 1 ? { eventIds: appended.map((result) => result.envelope.id) } : {}), targets };
}
