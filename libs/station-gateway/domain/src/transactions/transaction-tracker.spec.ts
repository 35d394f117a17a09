import { decideTransactionEvent, TransactionTracker, v16StartKey, type TrackedTransaction } from './transaction-tracker';

const token = { ref: '0195f4c3-8c1a-7000-8000-000000000001', type: 'ISO14443' };

describe('decideTransactionEvent', () => {
  it('should start, update and end a transaction when its events arrive in order', () => {
    const started = decideTransactionEvent(undefined, { transactionId: 'T1', eventType: 'Started', seqNo: 0, evseId: 1, connectorId: 1, token });
    expect(started).toMatchObject({ kind: 'started', next: { started: true, ended: false, evseId: 1, token } });
    if (started.kind === 'duplicate') throw new Error('unexpected');
    const updated = decideTransactionEvent(started.next, { transactionId: 'T1', eventType: 'Updated', seqNo: 1 });
    expect(updated).toMatchObject({ kind: 'updated', next: { evseId: 1, connectorId: 1, token } });
    if (updated.kind === 'duplicate') throw new Error('unexpected');
    expect(decideTransactionEvent(updated.next, { transactionId: 'T1', eventType: 'Ended', seqNo: 2 })).toMatchObject({ kind: 'ended', missing: [] });
  });

  it('should answer a retransmitted event as a duplicate when its seqNo was seen', () => {
    const started = decideTransactionEvent(undefined, { transactionId: 'T1', eventType: 'Started', seqNo: 0 });
    if (started.kind === 'duplicate') throw new Error('unexpected');
    expect(decideTransactionEvent(started.next, { transactionId: 'T1', eventType: 'Started', seqNo: 0 })).toEqual({ kind: 'duplicate' });
  });

  it('should never emit a second start or end when a station repeats them with new seqNos', () => {
    const started = decideTransactionEvent(undefined, { transactionId: 'T1', eventType: 'Started', seqNo: 0 });
    if (started.kind === 'duplicate') throw new Error('unexpected');
    expect(decideTransactionEvent(started.next, { transactionId: 'T1', eventType: 'Started', seqNo: 1 }).kind).toBe('updated');
    const ended = decideTransactionEvent(started.next, { transactionId: 'T1', eventType: 'Ended', seqNo: 2 });
    if (ended.kind === 'duplicate') throw new Error('unexpected');
    expect(ended.gap).toEqual({ expected: 1, received: 2 });
    expect(ended.missing).toEqual([{ from: 1, to: 1 }]);
    expect(decideTransactionEvent(ended.next, { transactionId: 'T1', eventType: 'Ended', seqNo: 3 }).kind).toBe('updated');
    expect(decideTransactionEvent(ended.next, { transactionId: 'T1', eventType: 'Updated', seqNo: 1 }).kind).toBe('updated');
  });

  it('should start a transaction whose Started arrives after an update', () => {
    const updated = decideTransactionEvent(undefined, { transactionId: 'T1', eventType: 'Updated', seqNo: 1 });
    if (updated.kind === 'duplicate') throw new Error('unexpected');
    expect(updated.next.started).toBe(false);
    expect(decideTransactionEvent(updated.next, { transactionId: 'T1', eventType: 'Started', seqNo: 0 }).kind).toBe('started');
  });
});

describe('TransactionTracker', () => {
  const tx = (id: string, ended: boolean, startKey?: string): TrackedTransaction => ({ transactionId: id, started: true, ended, startKey });

  it('should find a 1.6 transaction by its start key when a StartTransaction is replayed', () => {
    const key = v16StartKey(1, '2026-11-01T10:00:00Z', 1200);
    const tracker = new TransactionTracker([tx('17', false, key)]);
    expect(tracker.findByStartKey(v16StartKey(1, '2026-11-01T10:00:00.000Z', 1200))?.transactionId).toBe('17');
    expect(tracker.findByStartKey(v16StartKey(1, '2026-11-01T10:00:00Z', 1201))).toBeUndefined();
  });

  it('should keep every open transaction and only the most recently ended ones when many end', () => {
    const tracker = new TransactionTracker([tx('open', false)], 2);
    for (const id of ['a', 'b', 'c']) tracker.commit(tx(id, true, `k-${id}`));
    expect(tracker.get('open')).toBeDefined();
    expect(tracker.get('a')).toBeUndefined();
    expect(tracker.findByStartKey('k-a')).toBeUndefined();
    expect([tracker.get('b')?.transactionId, tracker.get('c')?.transactionId]).toEqual(['b', 'c']);
    expect(tracker.open().map((t) => t.transactionId)).toEqual(['open']);
  });
});
