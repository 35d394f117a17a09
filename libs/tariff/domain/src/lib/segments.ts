import { Exact, MS_PER_HOUR, ZERO } from './exact-decimal';
import type { ParsedReservation, ParsedSample } from './metering';
import { timeOfDayBoundaries, type NormalizedTariff } from './normalized-tariff';
import type { PricingPhase, RestrictionContext } from './restriction-match';
import type { ZonedClock } from './zoned-clock';

/**
 * A stretch of time in which no restriction can change its answer: metering intervals cut at every instant where
 * a time of day, date, weekday, DST offset, duration or kWh threshold is crossed (mod_cdrs ChargingPeriod: a new
 * period at every moment relevant to the cost).
 */
export interface Segment {
  phase: PricingPhase;
  startMs: number;
  endMs: number;
  /** Session energy at the start and end of the segment, kWh. */
  energyStartKwh: Exact;
  energyEndKwh: Exact;
  charging: boolean;
  /** Power as reported, else the interval's average; used for power restrictions and MIN/MAX_POWER. */
  powerKw: Exact;
  /** Current as reported; 0 when idle and not reported; undefined when charging and not reported. */
  currentA?: Exact;
  context: RestrictionContext;
}

interface CutPoint {
  atMs: number;
  /** Set for kWh thresholds, where the energy is exactly the threshold. */
  energyKwh?: Exact;
}

function durationThresholds(tariff: NormalizedTariff): number[] {
  const thresholds = tariff.elements.flatMap(({ restrictions: r }) => [r.minDurationMs, r.maxDurationMs]);
  return thresholds.filter((ms): ms is number => ms !== undefined);
}

function energyThresholds(tariff: NormalizedTariff): Exact[] {
  const thresholds = tariff.elements.flatMap(({ restrictions: r }) => [r.minKwh, r.maxKwh]);
  return thresholds.filter((kwh): kwh is Exact => kwh !== undefined);
}

/** Instants where the clock or the elapsed time crosses a restriction boundary, for the phase [startMs, endMs). */
function timeCuts(tariff: NormalizedTariff, clock: ZonedClock, startMs: number, endMs: number): number[] {
  const local = clock.localTimesBetween(startMs, endMs, timeOfDayBoundaries(tariff));
  const elapsed = durationThresholds(tariff)
    .map((ms) => startMs + ms)
    .filter((ms) => ms > startMs && ms < endMs);
  return [...local, ...elapsed];
}

/** Where inside (from, to) the energy reaches each kWh threshold, assuming constant power in between. */
function energyCuts(thresholds: Exact[], from: ParsedSample, to: ParsedSample): CutPoint[] {
  const delivered = to.energyKwh.minus(from.energyKwh);
  const span = to.atMs - from.atMs;
  if (delivered.isZero() || span < 2) return [];
  return thresholds
    .filter((kwh) => kwh.gt(from.energyKwh) && kwh.lt(to.energyKwh))
    .map((kwh) => {
      const offset = kwh.minus(from.energyKwh).div(delivered).times(span).round().toNumber();
      return { atMs: from.atMs + Math.min(Math.max(offset, 1), span - 1), energyKwh: kwh };
    });
}

function contextAt(clock: ZonedClock, phaseStartMs: number, segment: Omit<Segment, 'context'>): RestrictionContext {
  return {
    local: clock.localMoment(segment.startMs),
    elapsedMs: segment.startMs - phaseStartMs,
    energyKwh: segment.energyStartKwh,
    powerKw: segment.powerKw,
    currentA: segment.currentA,
  };
}

function cutInterval(from: ParsedSample, to: ParsedSample, cuts: CutPoint[]): Required<CutPoint>[] {
  const energyAt = (atMs: number) =>
    from.energyKwh.plus(
      to.energyKwh
        .minus(from.energyKwh)
        .times(atMs - from.atMs)
        .div(to.atMs - from.atMs),
    );
  const byInstant = new Map<number, CutPoint>();
  for (const cut of cuts) {
    const known = byInstant.get(cut.atMs);
    if (!known?.energyKwh || (cut.energyKwh && cut.energyKwh.gt(known.energyKwh))) byInstant.set(cut.atMs, cut);
  }
  const inner = [...byInstant.values()]
    .sort((a, b) => a.atMs - b.atMs)
    .map((cut) => ({ atMs: cut.atMs, energyKwh: cut.energyKwh ?? energyAt(cut.atMs) }));
  return [{ atMs: from.atMs, energyKwh: from.energyKwh }, ...inner, { atMs: to.atMs, energyKwh: to.energyKwh }];
}

export function sessionSegments(tariff: NormalizedTariff, clock: ZonedClock, samples: ParsedSample[]): Segment[] {
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (samples.length === 1) {
    // An empty session is still evaluated once, at its start, so that a FLAT fee can apply.
    const charging = first.charging;
    const powerKw = first.powerKw ?? ZERO;
    const base = { phase: 'SESSION' as const, startMs: first.atMs, endMs: first.atMs, charging, powerKw };
    const segment = { ...base, energyStartKwh: ZERO, energyEndKwh: ZERO, currentA: charging ? first.currentA : ZERO };
    return [{ ...segment, context: contextAt(clock, first.atMs, segment) }];
  }
  const globalCuts = timeCuts(tariff, clock, first.atMs, last.atMs);
  const kwhThresholds = energyThresholds(tariff);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < samples.length; i++) {
    const [from, to] = [samples[i], samples[i + 1]];
    const inside = globalCuts.filter((ms) => ms > from.atMs && ms < to.atMs).map((atMs) => ({ atMs }));
    const points = cutInterval(from, to, [...inside, ...energyCuts(kwhThresholds, from, to)]);
    const averagePower = to.energyKwh
      .minus(from.energyKwh)
      .times(MS_PER_HOUR)
      .div(to.atMs - from.atMs);
    for (let p = 0; p + 1 < points.length; p++) {
      const segment = {
        phase: 'SESSION' as const,
        startMs: points[p].atMs,
        endMs: points[p + 1].atMs,
        energyStartKwh: points[p].energyKwh,
        energyEndKwh: points[p + 1].energyKwh,
        charging: from.charging,
        powerKw: from.powerKw ?? averagePower,
        currentA: from.currentA ?? (from.charging ? undefined : ZERO),
      };
      segments.push({ ...segment, context: contextAt(clock, first.atMs, segment) });
    }
  }
  return segments;
}

/** Reservation time: no energy, no power, idle; restrictions see the time since the reservation was made. */
export function reservationSegments(
  tariff: NormalizedTariff,
  clock: ZonedClock,
  reservation: ParsedReservation,
): Segment[] {
  const phase: PricingPhase = reservation.expired ? 'RESERVATION_EXPIRED' : 'RESERVATION';
  const instants = [reservation.startMs, ...timeCuts(tariff, clock, reservation.startMs, reservation.endMs)];
  const sorted = [...new Set(instants)].sort((a, b) => a - b);
  const ends = [...sorted.slice(1), reservation.endMs];
  return sorted.map((startMs, i) => {
    const segment = {
      phase,
      startMs,
      endMs: ends[i],
      energyStartKwh: ZERO,
      energyEndKwh: ZERO,
      charging: false,
      powerKw: ZERO,
      currentA: ZERO,
    };
    return { ...segment, context: contextAt(clock, reservation.startMs, segment) };
  });
}
