import { Exact, toExact } from './exact-decimal';
import type { InstantInput, MeterSample, ReservationWindow } from './metering.types';
import { TariffPricingError, type TariffPricingErrorCode } from './tariff-pricing.error';

/** A metering sample checked and converted: UTC ms, energy relative to the first sample. */
export interface ParsedSample {
  atMs: number;
  energyKwh: Exact;
  powerKw?: Exact;
  currentA?: Exact;
  charging: boolean;
}

export interface ParsedReservation {
  startMs: number;
  endMs: number;
  expired: boolean;
}

const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/i;

export function parseInstant(value: InstantInput, field: string, code: TariffPricingErrorCode): number {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TariffPricingError(code, `${field} is an invalid Date`);
    return value.getTime();
  }
  if (!RFC_3339.test(value)) throw new TariffPricingError(code, `${field} must be an RFC 3339 date-time`);
  // OCPI DateTime: no zone designator means UTC; Date.parse would read it as local time.
  const withZone = /(Z|[+-]\d{2}:\d{2})$/i.test(value) ? value : `${value}Z`;
  const ms = Date.parse(withZone);
  if (Number.isNaN(ms)) throw new TariffPricingError(code, `${field} is not a valid date-time: ${value}`);
  return ms;
}

function optional(value: MeterSample['powerKw'], field: string): Exact | undefined {
  return value === null || value === undefined ? undefined : toExact(value, field, 'TARIFF.INVALID_METERING');
}

/**
 * Checks the series (strictly increasing timestamps, a non-decreasing energy register) and, for an estimate,
 * extends the last sample's state until `asOfMs` without new energy.
 */
export function parseSamples(samples: readonly MeterSample[], asOfMs?: number): ParsedSample[] {
  const invalid = (message: string) => new TariffPricingError('TARIFF.INVALID_METERING', message);
  const parsed: ParsedSample[] = [];
  let firstEnergy: Exact | undefined;
  samples.forEach((sample, i) => {
    const at = `samples[${i}]`;
    const atMs = parseInstant(sample.at, `${at}.at`, 'TARIFF.INVALID_METERING');
    const register = toExact(sample.energyKwh, `${at}.energyKwh`, 'TARIFF.INVALID_METERING');
    firstEnergy ??= register;
    const previous = parsed[parsed.length - 1];
    if (previous && atMs <= previous.atMs) throw invalid(`${at}.at must be later than the sample before it`);
    const energyKwh = register.minus(firstEnergy);
    if (previous && energyKwh.lt(previous.energyKwh)) throw invalid(`${at}.energyKwh must not decrease`);
    const powerKw = optional(sample.powerKw, `${at}.powerKw`);
    const currentA = optional(sample.currentA, `${at}.currentA`);
    parsed.push({ atMs, energyKwh, powerKw, currentA, charging: sample.charging === true });
  });
  const last = parsed[parsed.length - 1];
  if (last && asOfMs !== undefined) {
    if (asOfMs < last.atMs) throw invalid('asOf must not be before the last sample');
    if (asOfMs > last.atMs) parsed.push({ ...last, atMs: asOfMs });
  }
  return parsed;
}

export function parseReservation(window: ReservationWindow, sessionStartMs: number | undefined): ParsedReservation {
  const code = 'TARIFF.INVALID_RESERVATION';
  const startMs = parseInstant(window.start, 'reservation.start', code);
  const endMs = parseInstant(window.end, 'reservation.end', code);
  if (endMs < startMs) throw new TariffPricingError(code, 'reservation.end must not be before reservation.start');
  if (sessionStartMs !== undefined && window.expired) {
    throw new TariffPricingError(code, 'an expired reservation is not followed by a session; pass no samples');
  }
  if (sessionStartMs !== undefined && endMs > sessionStartMs) {
    throw new TariffPricingError(code, 'a reservation ends when the session starts, not after');
  }
  if (sessionStartMs === undefined && !window.expired) {
    throw new TariffPricingError(code, 'a reservation that did not expire must be followed by samples');
  }
  return { startMs, endMs, expired: window.expired };
}
