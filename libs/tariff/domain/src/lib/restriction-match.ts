import type { Exact } from './exact-decimal';
import type {
  NormalizedComponent,
  NormalizedElement,
  NormalizedRestrictions,
  NormalizedTariff,
} from './normalized-tariff';
import type { TariffDimensionType } from './tariff.types';
import type { LocalMoment } from './zoned-clock';

/** Everything a restriction can look at, taken at the start of a segment (nothing changes inside a segment). */
export interface RestrictionContext {
  local: LocalMoment;
  /** Time since the start of the session (or of the reservation, for reservation time). */
  elapsedMs: number;
  /** Energy delivered in the session so far, kWh. */
  energyKwh: Exact;
  powerKw: Exact;
  /** Undefined when the station did not report it. */
  currentA?: Exact;
}

/** Which elements may apply: the session's own, or those describing a (followed or expired) reservation. */
export type PricingPhase = 'SESSION' | 'RESERVATION' | 'RESERVATION_EXPIRED';

export interface SelectedComponent {
  elementIndex: number;
  component: NormalizedComponent;
}

function withinTimeOfDay(r: NormalizedRestrictions, msOfDay: number): boolean {
  const start = r.startTimeMs ?? 0;
  const end = r.endTimeMs ?? 86_400_000;
  if (start < end) return msOfDay >= start && msOfDay < end;
  if (start > end) return msOfDay >= start || msOfDay < end; // wraps over midnight
  return true; // equal start and end: a full 24 h (README, ambiguities)
}

function atLeast(value: Exact | undefined, minimum: Exact | undefined): boolean {
  if (minimum === undefined) return true;
  return value !== undefined && value.gte(minimum);
}

function below(value: Exact | undefined, maximum: Exact | undefined): boolean {
  if (maximum === undefined) return true;
  return value !== undefined && value.lt(maximum);
}

/**
 * All restrictions hold (a logical AND, mod_tariffs TariffRestrictions). Minimums are inclusive and maximums
 * exclusive; a restriction on a quantity the station did not report (current) does not hold.
 */
export function restrictionsHold(r: NormalizedRestrictions, context: RestrictionContext): boolean {
  const { local } = context;
  return (
    withinTimeOfDay(r, local.msOfDay) &&
    (r.startDate === undefined || local.date >= r.startDate) &&
    (r.endDate === undefined || local.date < r.endDate) &&
    (r.daysOfWeek === undefined || r.daysOfWeek.has(local.dayOfWeek)) &&
    (r.minDurationMs === undefined || context.elapsedMs >= r.minDurationMs) &&
    (r.maxDurationMs === undefined || context.elapsedMs < r.maxDurationMs) &&
    atLeast(context.energyKwh, r.minKwh) &&
    below(context.energyKwh, r.maxKwh) &&
    atLeast(context.powerKw, r.minPower) &&
    below(context.powerKw, r.maxPower) &&
    atLeast(context.currentA, r.minCurrent) &&
    below(context.currentA, r.maxCurrent)
  );
}

/**
 * Elements that may price this phase, in the order they are tried. During the session only elements without a
 * reservation restriction count; an expired reservation prefers RESERVATION_EXPIRES elements over RESERVATION
 * ones (mod_tariffs ReservationRestrictionType, note).
 */
function candidateElements(tariff: NormalizedTariff, phase: PricingPhase): NormalizedElement[] {
  const withReservation = (kind: string | undefined) =>
    tariff.elements.filter((element) => element.restrictions.reservation === kind);
  if (phase === 'SESSION') return withReservation(undefined);
  if (phase === 'RESERVATION') return withReservation('RESERVATION');
  return [...withReservation('RESERVATION_EXPIRES'), ...withReservation('RESERVATION')];
}

/**
 * The price component for one dimension: from the first element that has one for it and whose restrictions hold
 * (mod_tariffs Tariff object). None found means the dimension costs nothing at this moment.
 */
export function selectComponent(
  tariff: NormalizedTariff,
  phase: PricingPhase,
  dimension: TariffDimensionType,
  context: RestrictionContext,
): SelectedComponent | undefined {
  for (const element of candidateElements(tariff, phase)) {
    const component = element.components.find((candidate) => candidate.type === dimension);
    if (component && restrictionsHold(element.restrictions, context)) {
      return { elementIndex: element.index, component };
    }
  }
  return undefined;
}
