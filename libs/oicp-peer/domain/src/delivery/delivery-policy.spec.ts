import { coalesceStatusPushes, decideDelivery, type QueuedStatusPush, retryDelayMs } from './delivery-policy';

const push = (id: number, records: [string, string][], mergeable = true): QueuedStatusPush => ({
  id,
  coalesceKey: mergeable ? 'update:DE*CMX' : undefined,
  body: { ActionType: 'update', OperatorEvseStatus: { OperatorID: 'DE*CMX', EvseStatusRecord: records.map(([EvseID, EvseStatus]) => ({ EvseID, EvseStatus })) } },
});

describe('delivery decisions', () => {
  it('should call a positive acknowledgement delivered', () => {
    expect(decideDelivery({ kind: 'answered', httpStatus: 200, result: true, code: '000' })).toBe('delivered');
  });

  it('should retry what may work later: no answer, 5xx, 408, 429 and the transient OICP codes', () => {
    for (const attempt of [
      { kind: 'timed-out' as const, detail: '' },
      { kind: 'unreachable' as const, detail: '' },
      { kind: 'answered' as const, httpStatus: 503 },
      { kind: 'answered' as const, httpStatus: 429 },
      { kind: 'answered' as const, httpStatus: 200, result: false, code: '009' },
      { kind: 'answered' as const, httpStatus: 200, result: false, code: '320' },
    ]) {
      expect(decideDelivery(attempt)).toBe('retry');
    }
  });

  it('should give up on what will never work: identity, data and contract refusals', () => {
    expect(decideDelivery({ kind: 'answered', httpStatus: 401, code: '017' })).toBe('refused');
    expect(decideDelivery({ kind: 'answered', httpStatus: 400, code: '022' })).toBe('refused');
    expect(decideDelivery({ kind: 'answered', httpStatus: 200, result: false, code: '018' })).toBe('refused');
  });

  it('should back off along the schedule and keep its last step', () => {
    expect([1, 2, 3, 4, 10].map((attempts) => retryDelayMs(attempts, [100, 1_000, 5_000]))).toEqual([100, 1_000, 5_000, 5_000, 5_000]);
  });
});

describe('coalescing status pushes', () => {
  it('should merge consecutive updates of one operator, the last status of each EVSE winning, in order', () => {
    const merged = coalesceStatusPushes([push(1, [['DE*CMX*E1', 'Available'], ['DE*CMX*E2', 'Available']]), push(2, [['DECMXE1', 'Occupied']]), push(3, [['DE*CMX*E3', 'Reserved']])], 100);
    expect(merged.ids).toEqual([1, 2, 3]);
    expect(merged.body.OperatorEvseStatus.EvseStatusRecord).toEqual([
      { EvseID: 'DE*CMX*E2', EvseStatus: 'Available' },
      { EvseID: 'DECMXE1', EvseStatus: 'Occupied' },
      { EvseID: 'DE*CMX*E3', EvseStatus: 'Reserved' },
    ]);
  });

  it('should stop at a row that cannot merge and at the record limit, and never merge a fullLoad', () => {
    expect(coalesceStatusPushes([push(1, [['DE*CMX*E1', 'Available']]), push(2, [['DE*CMX*E1', 'Occupied']], false)], 100).ids).toEqual([1]);
    expect(coalesceStatusPushes([push(1, [['DE*CMX*E1', 'Available']]), push(2, [['DE*CMX*E2', 'Occupied']])], 1).ids).toEqual([1]);
    expect(coalesceStatusPushes([push(1, [['DE*CMX*E1', 'Available']], undefined), push(2, [['DE*CMX*E2', 'Occupied']], false)], 100).ids).toEqual([1]);
  });
});
