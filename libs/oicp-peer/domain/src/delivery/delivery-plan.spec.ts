import type { EventEnvelope } from '@chargemesh/contracts/envelope';
import { EvseDataSubmittedV1, EvseStatusSubmittedV1 } from '@chargemesh/contracts/oicp';
import { splitSubmission } from '../submissions/submission-parts';
import { deliveriesOf } from './delivery-plan';
import { coalesceStatusPushes, type QueuedStatusPush } from './delivery-policy';

const envelope = (type: string, data: unknown): EventEnvelope => ({
  id: crypto.randomUUID(),
  type,
  version: 1,
  occurredAt: new Date().toISOString(),
  aggregateId: 'DE*CMX',
  correlationId: 'c',
  data,
});

const evse = (n: number) => ({ EvseID: `DE*CMX*E${n}`, Padding: 'x'.repeat(200) });

describe('delivering a submission recorded in parts', () => {
  const parts = splitSubmission('fullLoad', Array.from({ length: 200 }, (_, n) => evse(n)), { batchId: 'b1', maxRecordBytes: 10_000, keyOf: (record) => record.EvseID });
  const events = parts.map((part) =>
    envelope(EvseDataSubmittedV1.name, { operatorId: 'DE*CMX', operatorName: 'CMX', actionType: part.actionType, records: part.records, targets: ['emp-a', 'emp-b'], batch: part.batch }),
  );

  it('should push a chunked fullLoad to each peer as a fullLoad of the first part, then inserts of the rest, in order', () => {
    const toA = events.flatMap((event) => deliveriesOf(event)).filter((delivery) => delivery.peerId === 'emp-a');
    expect(toA).toHaveLength(parts.length);
    expect(toA.map((delivery) => delivery.body.ActionType)).toEqual(['fullLoad', ...parts.slice(1).map(() => 'insert')]);
    expect(toA.flatMap((delivery) => (delivery.body.OperatorEvseData as { EvseDataRecord: unknown[] }).EvseDataRecord)).toHaveLength(200);
    // One lane per peer and operation: the parts queue behind each other and go one request at a time.
    expect(new Set(toA.map((delivery) => `${delivery.peerId}|${delivery.operation}`)).size).toBe(1);
    // The OICP body carries no batch metadata.
    expect(toA.every((delivery) => !('batch' in delivery.body))).toBe(true);
  });

  it('should never merge the fullLoad part of EVSE status with what follows, only the inserts after it', () => {
    const statuses = Array.from({ length: 300 }, (_, n) => ({ EvseID: `DE*CMX*E${n}`, EvseStatus: 'Available' }));
    const statusParts = splitSubmission('fullLoad', statuses, { batchId: 'b2', maxRecordBytes: 5_000, keyOf: (record) => record.EvseID });
    const queued: QueuedStatusPush[] = statusParts
      .map((part) => envelope(EvseStatusSubmittedV1.name, { operatorId: 'DE*CMX', actionType: part.actionType, records: part.records, targets: ['emp-a'], batch: part.batch }))
      .flatMap((event) => deliveriesOf(event))
      .map((delivery, index) => ({ id: index + 1, coalesceKey: delivery.coalesceKey, body: delivery.body as QueuedStatusPush['body'] }));
    expect(statusParts.length).toBeGreaterThan(2);
    const first = coalesceStatusPushes(queued, 5_000);
    expect(first.ids).toEqual([1]);
    expect(first.body.ActionType).toBe('fullLoad');
    const rest = coalesceStatusPushes(queued.slice(1), 5_000);
    expect(rest.ids).toEqual(queued.slice(1).map((row) => row.id));
    expect(rest.body.ActionType).toBe('insert');
    expect([...first.body.OperatorEvseStatus.EvseStatusRecord, ...rest.body.OperatorEvseStatus.EvseStatusRecord]).toEqual(statuses);
  });
});
