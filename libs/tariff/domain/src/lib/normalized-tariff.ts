import { Exact, toExact } from './exact-decimal';
import type {
  DayOfWeek,
  DecimalInput,
  PriceComponent,
  PriceInput,
  ReservationRestrictionType,
  Tariff,
  TariffDimensionType,
  TariffRestrictions,
} from './tariff.types';
import { TariffPricingError } from './tariff-pricing.error';

/** A tariff checked once and converted to exact decimals and milliseconds, so pricing never re-parses input. */
export interface NormalizedTariff {
  id?: string;
  currency: string;
  currencyDecimals: number;
  /** True when any price component or limit mentions VAT: then every Price carries incl_vat. */
  mentionsVat: boolean;
  minPrice?: NormalizedPrice;
  maxPrice?: NormalizedPrice;
  elements: NormalizedElement[];
}

export interface NormalizedPrice {
  exclVat: Exact;
  inclVat?: Exact;
}

export interface NormalizedComponent {
  type: TariffDimensionType;
  price: Exact;
  vat?: Exact;
  stepSize: number;
}

export interface NormalizedRestrictions {
  startTimeMs?: number;
  /** "00:00" is stored as 24:00, the end of the day (mod_tariffs TariffRestrictions.end_time). */
  endTimeMs?: number;
  startDate?: string;
  endDate?: string;
  minKwh?: Exact;
  maxKwh?: Exact;
  minCurrent?: Exact;
  maxCurrent?: Exact;
  minPower?: Exact;
  maxPower?: Exact;
  minDurationMs?: number;
  maxDurationMs?: number;
  daysOfWeek?: ReadonlySet<DayOfWeek>;
  reservation?: ReservationRestrictionType;
}

export interface NormalizedElement {
  index: number;
  components: NormalizedComponent[];
  restrictions: NormalizedRestrictions;
}

const DIMENSIONS: readonly TariffDimensionType[] = ['ENERGY', 'FLAT', 'PARKING_TIME', 'TIME'];
const DAYS: readonly DayOfWeek[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const RESERVATION_TYPES: readonly ReservationRestrictionType[] = ['RESERVATION', 'RESERVATION_EXPIRES'];
// Regexes of mod_tariffs TariffRestrictions start_time and start_date.
const TIME_OF_DAY = /^([0-1][0-9]|2[0-3]):([0-5][0-9])$/;
const LOCAL_DATE = /^([12][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

function invalid(message: string): TariffPricingError {
  return new TariffPricingError('TARIFF.INVALID_TARIFF', message);
}

function decimal(value: DecimalInput, field: string): Exact {
  return toExact(value, field, 'TARIFF.INVALID_TARIFF');
}

function optionalDecimal(value: DecimalInput | null | undefined, field: string): Exact | undefined {
  return value === null || value === undefined ? undefined : decimal(value, field);
}

function timeOfDayMs(value: string, field: string): number {
  const match = TIME_OF_DAY.exec(value);
  if (!match) throw invalid(`${field} must be HH:MM in 24h format, got "${value}"`);
  return (Number(match[1]) * 60 + Number(match[2])) * MS_PER_MINUTE;
}

function localDate(value: string, field: string): string {
  if (!LOCAL_DATE.test(value)) throw invalid(`${field} must be YYYY-MM-DD, got "${value}"`);
  return value;
}

function durationMs(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0) throw invalid(`${field} must be a whole number of seconds ≥ 0`);
  return value * 1000;
}

function normalizeRestrictions(input: TariffRestrictions | null | undefined, at: string): NormalizedRestrictions {
  if (!input) return {};
  const result: NormalizedRestrictions = {};
  if (input.start_time != null) result.startTimeMs = timeOfDayMs(input.start_time, `${at}.start_time`);
  if (input.end_time != null) result.endTimeMs = timeOfDayMs(input.end_time, `${at}.end_time`) || MS_PER_DAY;
  if (input.start_date != null) result.startDate = localDate(input.start_date, `${at}.start_date`);
  if (input.end_date != null) result.endDate = localDate(input.end_date, `${at}.end_date`);
  result.minKwh = optionalDecimal(input.min_kwh, `${at}.min_kwh`);
  result.maxKwh = optionalDecimal(input.max_kwh, `${at}.max_kwh`);
  result.minCurrent = optionalDecimal(input.min_current, `${at}.min_current`);
  result.maxCurrent = optionalDecimal(input.max_current, `${at}.max_current`);
  result.minPower = optionalDecimal(input.min_power, `${at}.min_power`);
  result.maxPower = optionalDecimal(input.max_power, `${at}.max_power`);
  if (input.min_duration != null) result.minDurationMs = durationMs(input.min_duration, `${at}.min_duration`);
  if (input.max_duration != null) result.maxDurationMs = durationMs(input.max_duration, `${at}.max_duration`);
  if (input.day_of_week != null && input.day_of_week.length > 0) {
    for (const day of input.day_of_week) if (!DAYS.includes(day)) throw invalid(`${at}.day_of_week: unknown ${day}`);
    result.daysOfWeek = new Set(input.day_of_week);
  }
  if (input.reservation != null) {
    if (!RESERVATION_TYPES.includes(input.reservation)) throw invalid(`${at}.reservation: unknown value`);
    result.reservation = input.reservation;
  }
  return result;
}

function normalizeComponent(input: PriceComponent, at: string): NormalizedComponent {
  if (!DIMENSIONS.includes(input.type)) throw invalid(`${at}.type: unknown dimension ${String(input.type)}`);
  if (!Number.isInteger(input.step_size) || input.step_size < 0) {
    throw invalid(`${at}.step_size must be a whole number ≥ 0`);
  }
  const vat = optionalDecimal(input.vat, `${at}.vat`);
  if (vat?.isNegative()) throw invalid(`${at}.vat must not be negative`);
  return { type: input.type, price: decimal(input.price, `${at}.price`), vat, stepSize: input.step_size };
}

function normalizePrice(input: PriceInput | null | undefined, field: string): NormalizedPrice | undefined {
  if (!input) return undefined;
  return {
    exclVat: decimal(input.excl_vat, `${field}.excl_vat`),
    inclVat: optionalDecimal(input.incl_vat, `${field}.incl_vat`),
  };
}

const decimalsByCurrency = new Map<string, number>();

/** ISO 4217 minor units as known to the runtime's Intl data (EUR 2, JPY 0, KWD 3). */
function currencyDecimals(currency: string): number {
  if (!/^[A-Z]{3}$/.test(currency)) throw invalid(`currency must be an ISO 4217 code, got "${currency}"`);
  let decimals = decimalsByCurrency.get(currency);
  if (decimals === undefined) {
    const format = new Intl.NumberFormat('en', { style: 'currency', currency });
    decimals = format.resolvedOptions().maximumFractionDigits ?? 2;
    decimalsByCurrency.set(currency, decimals);
  }
  return decimals;
}

export function normalizeTariff(tariff: Tariff): NormalizedTariff {
  // mod_tariffs: elements has cardinality +, and so has price_components.
  if (!tariff.elements?.length) throw invalid('a tariff needs at least one element');
  const elements = tariff.elements.map((element, index): NormalizedElement => {
    const at = `elements[${index}]`;
    if (!element.price_components?.length) throw invalid(`${at} needs at least one price component`);
    return {
      index,
      components: element.price_components.map((c, i) => normalizeComponent(c, `${at}.price_components[${i}]`)),
      restrictions: normalizeRestrictions(element.restrictions, `${at}.restrictions`),
    };
  });
  const minPrice = normalizePrice(tariff.min_price, 'min_price');
  const maxPrice = normalizePrice(tariff.max_price, 'max_price');
  const mentionsVat =
    elements.some((element) => element.components.some((component) => component.vat !== undefined)) ||
    minPrice?.inclVat !== undefined ||
    maxPrice?.inclVat !== undefined;
  return {
    id: tariff.id,
    currency: tariff.currency,
    currencyDecimals: currencyDecimals(tariff.currency),
    mentionsVat,
    minPrice,
    maxPrice,
    elements,
  };
}

/** All local times of day at which some restriction may switch, as ms after local midnight (midnight included). */
export function timeOfDayBoundaries(tariff: NormalizedTariff): number[] {
  const boundaries = new Set<number>([0]);
  for (const { restrictions } of tariff.elements) {
    if (restrictions.startTimeMs !== undefined) boundaries.add(restrictions.startTimeMs % MS_PER_DAY);
    if (restrictions.endTimeMs !== undefined) boundaries.add(restrictions.endTimeMs % MS_PER_DAY);
  }
  return [...boundaries].sort((a, b) => a - b);
}
