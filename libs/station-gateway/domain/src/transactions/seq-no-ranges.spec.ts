import { MAX_MISSING_RANGES, observeSeqNo, type SeqNoState } from './seq-no-ranges';

function feed(seqNos: number[]): { state: SeqNoState | undefined; duplicates: number[]; gaps: { expected: number; received: number }[] } {
  let state: SeqNoState | undefined;
  const duplicates: number[] = [];
  const gaps: { expected: number; received: number }[] = [];
  for (const seqNo of seqNos) {
    const observed = observeSeqNo(state, seqNo);
    if (observed.duplicate) duplicates.push(seqNo);
    else {
      state = observed.state;
      if (observed.gap) gaps.push(observed.gap);
    }
  }
  return { state, duplicates, gaps };
}

describe('observeSeqNo', () => {
  it('should see no gap and no duplicate when seqNos arrive in order', () => {
    expect(feed([0, 1, 2, 3])).toEqual({ state: { min: 0, max: 3, missing: [] }, duplicates: [], gaps: [] });
  });

  it('should report a gap when a seqNo is skipped, and close it when the late one arrives', () => {
    const { state, gaps } = feed([0, 1, 4]);
    expect(gaps).toEqual([{ expected: 2, received: 4 }]);
    expect(state?.missing).toEqual([{ from: 2, to: 3 }]);
    expect(feed([0, 1, 4, 3]).state?.missing).toEqual([{ from: 2, to: 2 }]);
    expect(feed([0, 1, 4, 3, 2]).state?.missing).toEqual([]);
  });

  it('should split a gap when a seqNo in its middle arrives', () => {
    expect(feed([0, 10, 5]).state?.missing).toEqual([
      { from: 1, to: 4 },
      { from: 6, to: 9 },
    ]);
  });

  it('should treat a seqNo already seen as a retransmission when it is repeated', () => {
    expect(feed([0, 1, 2, 1, 2, 0]).duplicates).toEqual([1, 2, 0]);
    expect(feed([5, 7, 7]).duplicates).toEqual([7]);
  });

  it('should accept an earlier seqNo than the first seen when events arrive out of order', () => {
    const { state, duplicates } = feed([7, 3]);
    expect(duplicates).toEqual([]);
    expect(state).toEqual({ min: 3, max: 7, missing: [{ from: 4, to: 6 }] });
  });

  it('should keep the number of gaps bounded when a station jumps around', () => {
    const { state } = feed(Array.from({ length: 2 * MAX_MISSING_RANGES }, (_, i) => i * 2));
    expect(state?.missing.length).toBe(MAX_MISSING_RANGES);
  });
});
