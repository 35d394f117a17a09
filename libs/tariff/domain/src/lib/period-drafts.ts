import { Exact } from './exact-decimal';
import type { NormalizedComponent, NormalizedTariff } from './normalized-tariff';
import { selectComponent, type PricingPhase, type SelectedComponent } from './restriction-match';
import type { Segment } from './segments';
import type { CostCategory } from './session-price.types';
import type { TariffDimensionType } from './tariff.types';

/** A price component billed in a period; volumes in kWh (ENERGY), ms (TIME, PARKING_TIME) or 1 (FLAT). */
export interface ChargeDraft {
  type: TariffDimensionType;
  category: CostCategory;
  elementIndex: number;
  component: NormalizedComponent;
  volume: Exact;
  billedVolume: Exact;
}

/** Consecutive segments priced by the same components, in the making of a charging period. */
export interface PeriodDraft {
  phase: PricingPhase;
  charging: boolean;
  startMs: number;
  endMs: number;
  energyKwh: Exact;
  durationMs: number;
  timeSelection?: SelectedComponent;
  energySelection?: SelectedComponent;
  /** 'none' while no energy flowed, '-' when energy flowed but no component applied, else the element index. */
  energyKey: string;
  flat?: SelectedComponent;
  powersKw: Exact[];
  currentsA: Array<Exact | undefined>;
}

const NO_ENERGY = 'none';

/** The time dimension a segment consumes: charging time, parking time, or reservation time (priced by TIME). */
function timeDimension(segment: Segment): TariffDimensionType {
  if (segment.phase !== 'SESSION') return 'TIME';
  return segment.charging ? 'TIME' : 'PARKING_TIME';
}

export function timeCategory(phase: PricingPhase, type: TariffDimensionType): CostCategory {
  if (phase !== 'SESSION') return 'RESERVATION';
  return type === 'TIME' ? 'TIME' : 'PARKING';
}

function canExtend(period: PeriodDraft | undefined, next: PeriodDraft): period is PeriodDraft {
  return (
    period !== undefined &&
    period.endMs === next.startMs &&
    period.phase === next.phase &&
    period.charging === next.charging &&
    period.timeSelection?.elementIndex === next.timeSelection?.elementIndex &&
    (period.energyKey === next.energyKey || period.energyKey === NO_ENERGY || next.energyKey === NO_ENERGY) &&
    !next.flat
  );
}

function draftFor(tariff: NormalizedTariff, segment: Segment, flatAlreadyBilled: boolean): PeriodDraft {
  const select = (dimension: TariffDimensionType) => selectComponent(tariff, segment.phase, dimension, segment.context);
  const energyKwh = segment.energyEndKwh.minus(segment.energyStartKwh);
  // Energy is priced during the session only; a reservation may only have FLAT and TIME (TariffRestrictions).
  const energySelection = segment.phase === 'SESSION' && !energyKwh.isZero() ? select('ENERGY') : undefined;
  const durationMs = segment.endMs - segment.startMs;
  return {
    phase: segment.phase,
    charging: segment.charging,
    startMs: segment.startMs,
    endMs: segment.endMs,
    energyKwh,
    durationMs,
    timeSelection: select(timeDimension(segment)),
    energySelection,
    energyKey: energyKwh.isZero() ? NO_ENERGY : String(energySelection?.elementIndex ?? '-'),
    flat: flatAlreadyBilled ? undefined : select('FLAT'),
    powersKw: durationMs > 0 ? [segment.powerKw] : [],
    currentsA: durationMs > 0 ? [segment.currentA] : [],
  };
}

/**
 * Groups the segments of one phase into periods and picks the price component per dimension for each. FLAT is
 * billed once per phase, in the first segment where an element with a FLAT component applies (README).
 */
export function periodDrafts(tariff: NormalizedTariff, segments: Segment[]): PeriodDraft[] {
  const periods: PeriodDraft[] = [];
  let flatBilled = false;
  for (const segment of segments) {
    const next = draftFor(tariff, segment, flatBilled);
    flatBilled ||= next.flat !== undefined;
    const current = periods[periods.length - 1];
    if (!canExtend(current, next)) {
      periods.push(next);
      continue;
    }
    current.endMs = next.endMs;
    current.energyKwh = current.energyKwh.plus(next.energyKwh);
    current.durationMs += next.durationMs;
    if (current.energyKey === NO_ENERGY) {
      current.energyKey = next.energyKey;
      current.energySelection = next.energySelection;
    }
    current.powersKw.push(...next.powersKw);
    current.currentsA.push(...next.currentsA);
  }
  return periods;
}

/** The charges of a period before step_size rounding: billed volume equals consumed volume. */
export function chargesOf(period: PeriodDraft): ChargeDraft[] {
  const charges: ChargeDraft[] = [];
  const add = (selection: SelectedComponent, category: CostCategory, volume: Exact) =>
    charges.push({
      type: selection.component.type,
      category,
      elementIndex: selection.elementIndex,
      component: selection.component,
      volume,
      billedVolume: volume,
    });
  if (period.flat) add(period.flat, period.phase === 'SESSION' ? 'FIXED' : 'RESERVATION', new Exact(1));
  if (period.energySelection && !period.energyKwh.isZero()) add(period.energySelection, 'ENERGY', period.energyKwh);
  if (period.timeSelection && period.durationMs > 0) {
    const category = timeCategory(period.phase, period.timeSelection.component.type);
    add(period.timeSelection, category, new Exact(period.durationMs));
  }
  return charges;
}
