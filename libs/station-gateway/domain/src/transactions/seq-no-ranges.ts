/** Inclusive range of 2.0.1 seqNos. */
export interface SeqNoRange {
  readonly from: number;
  readonly to: number;
}

/** The seqNos seen of one transaction: everything in [min, max] except the missing ranges (sorted, disjoint). */
export interface SeqNoState {
  readonly min: number;
  readonly max: number;
  readonly missing: readonly SeqNoRange[];
}

export type SeqNoObservation =
  | { readonly duplicate: true }
  | { readonly duplicate: false; readonly state: SeqNoState; readonly gap?: { expected: number; received: number } };

/** A station jumping around must not make the state grow without bound; the oldest gaps are forgotten first. */
export const MAX_MISSING_RANGES = 256;

/**
 * Records one TransactionEvent seqNo (2.0.1 E: +1 per event, from 0 or a station-wide counter).
 * A seqNo already seen is a retransmission; one beyond max+1 opens a gap; one inside a gap fills it.
 */
export function observeSeqNo(state: SeqNoState | undefined, seqNo: number): SeqNoObservation {
  if (state === undefined) return { duplicate: false, state: { min: seqNo, max: seqNo, missing: [] } };
  if (seqNo > state.max) {
    const gap = seqNo > state.max + 1 ? { expected: state.max + 1, received: seqNo } : undefined;
    const missing = gap ? capped([...state.missing, { from: gap.expected, to: seqNo - 1 }]) : state.missing;
    return { duplicate: false, state: { min: state.min, max: seqNo, missing }, ...(gap ? { gap } : {}) };
  }
  if (seqNo < state.min) {
    const missing = seqNo < state.min - 1 ? capped([{ from: seqNo + 1, to: state.min - 1 }, ...state.missing]) : state.missing;
    return { duplicate: false, state: { min: seqNo, max: state.max, missing } };
  }
  const index = state.missing.findIndex((range) => range.from <= seqNo && seqNo <= range.to);
  if (index < 0) return { duplicate: true };
  const range = state.missing[index];
  const pieces: SeqNoRange[] = [];
  if (range.from < seqNo) pieces.push({ from: range.from, to: seqNo - 1 });
  if (seqNo < range.to) pieces.push({ from: seqNo + 1, to: range.to });
  const missing = [...state.missing.slice(0, index), ...pieces, ...state.missing.slice(index + 1)];
  return { duplicate: false, state: { min: state.min, max: state.max, missing } };
}

function capped(ranges: SeqNoRange[]): SeqNoRange[] {
  return ranges.length > MAX_MISSING_RANGES ? ranges.slice(ranges.length - MAX_MISSING_RANGES) : ranges;
}
