import Decimal from 'decimal.js';
import type { DecimalInput } from './tariff.types';
import { TariffPricingError, type TariffPricingErrorCode } from './tariff-pricing.error';

/**
 * A private Decimal configuration: 40 significant digits and half-up rounding. Cloned so that changing the global
 * decimal.js settings elsewhere cannot change our amounts.
 */
export const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -50, toExpPos: 50 });
export type Exact = InstanceType<typeof Exact>;

export const ZERO = new Exact(0);
export const MS_PER_HOUR = 3_600_000;

const DECIMAL_PATTERN = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** Parses a JSON number or decimal string exactly; a number goes through its shortest string form (0.1 → "0.1"). */
export function toExact(value: DecimalInput, field: string, code: TariffPricingErrorCode): Exact {
  const text = typeof value === 'number' ? String(value) : value;
  const isNumberLike = typeof value === 'number' ? Number.isFinite(value) : DECIMAL_PATTERN.test(value.trim());
  if (!isNumberLike) throw new TariffPricingError(code, `${field} must be a finite decimal number, got ${text}`);
  return new Exact(typeof value === 'number' ? text : value.trim());
}

/** Up to `decimals` places, half-up, trailing zeros removed, never in exponent notation. */
export function formatDecimal(value: Exact, decimals = 10): string {
  const rounded = value.toDecimalPlaces(decimals, Exact.ROUND_HALF_UP);
  return rounded.isZero() ? '0' : rounded.toFixed();
}

/** Exactly `decimals` places, half-up: the final rounding of money. */
export function formatMoney(value: Exact, decimals: number): string {
  return value.toDecimalPlaces(decimals, Exact.ROUND_HALF_UP).toFixed(decimals);
}

export function hoursFromMs(ms: number | Exact): Exact {
  return new Exact(ms).div(MS_PER_HOUR);
}
