import { chargingPeriod } from './charging-periods';
import { costTotals } from './cost-totals';
import { formatDecimal, hoursFromMs, ZERO } from './exact-decimal';
import { parseInstant, parseReservation, parseSamples, type ParsedSample } from './metering';
import type { EstimateOptions, InstantInput, MeterSample, PricingOptions } from './metering.types';
import { normalizeTariff } from './normalized-tariff';
import { chargesOf, periodDrafts } from './period-drafts';
import { reservationSegments, sessionSegments } from './segments';
import type { SessionPrice } from './session-price.types';
import { applyStepSizes } from './step-size';
import type { Tariff } from './tariff.types';
import { TariffPricingError } from './tariff-pricing.error';
import { ZonedClock } from './zoned-clock';

/**
 * Prices a finished session: the first sample starts it, the last one ends it. `timeZone` is the IANA zone of the
 * location (OCPI Location.time_zone), in which time-of-day, date and weekday restrictions are read.
 */
export function priceSession(
  tariff: Tariff,
  metering: readonly MeterSample[],
  timeZone: string,
  options: PricingOptions = {},
): SessionPrice {
  return price(tariff, parseSamples(metering), timeZone, options);
}

/**
 * Prices a running session as if it ended at `asOf` (default: the last sample), the last sample's state lasting
 * until then. This is what the driver would owe when stopping now, so step_size and min/max price are applied
 * exactly as for the final CDR (mod_sessions refers to the CDR's step_size rules for the session's cost).
 */
export function estimateCostSoFar(
  tariff: Tariff,
  metering: readonly MeterSample[],
  timeZone: string,
  options: EstimateOptions = {},
): SessionPrice {
  const asOfMs = options.asOf === undefined ? undefined : parseInstant(options.asOf, 'asOf', 'TARIFF.INVALID_METERING');
  return price(tariff, parseSamples(metering, asOfMs), timeZone, options);
}

/** Whether `instant` lies in the tariff's start_date_time..end_date_time window (both inclusive, UTC). */
export function isTariffActiveAt(tariff: Tariff, instant: InstantInput): boolean {
  const at = parseInstant(instant, 'instant', 'TARIFF.INVALID_TARIFF');
  const from = tariff.start_date_time
    ? parseInstant(tariff.start_date_time, 'start_date_time', 'TARIFF.INVALID_TARIFF')
    : -Infinity;
  const until = tariff.end_date_time
    ? parseInstant(tariff.end_date_time, 'end_date_time', 'TARIFF.INVALID_TARIFF')
    : Infinity;
  return at >= from && at <= until;
}

function price(tariff: Tariff, samples: ParsedSample[], timeZone: string, options: PricingOptions): SessionPrice {
  const normalized = normalizeTariff(tariff);
  const clock = new ZonedClock(timeZone);
  const first = samples[0];
  const last = samples[samples.length - 1];
  if (!first && !options.reservation?.expired) {
    throw new TariffPricingError('TARIFF.INVALID_METERING', 'a session needs at least one sample (its start)');
  }
  const reservation = options.reservation && parseReservation(options.reservation, first?.atMs);
  const drafts = [
    ...(reservation ? periodDrafts(normalized, reservationSegments(normalized, clock, reservation)) : []),
    ...(first ? periodDrafts(normalized, sessionSegments(normalized, clock, samples)) : []),
  ];
  const chargesPerPeriod = drafts.map(chargesOf);
  applyStepSizes(chargesPerPeriod.flat());
  const idleMs = drafts
    .filter((draft) => draft.phase === 'SESSION' && !draft.charging)
    .reduce((total, draft) => total + draft.durationMs, 0);
  const startMs = reservation?.startMs ?? first.atMs;
  const endMs = last?.atMs ?? reservation?.endMs ?? startMs;
  return {
    currency: normalized.currency,
    start_date_time: new Date(startMs).toISOString(),
    end_date_time: new Date(endMs).toISOString(),
    charging_periods: drafts.map((draft, i) => chargingPeriod(normalized, draft, chargesPerPeriod[i])),
    total_energy: formatDecimal(last?.energyKwh ?? ZERO),
    total_time: formatDecimal(hoursFromMs(first ? last.atMs - first.atMs : 0)),
    total_parking_time: formatDecimal(hoursFromMs(idleMs)),
    ...costTotals(normalized, chargesPerPeriod.flat()),
  };
}
