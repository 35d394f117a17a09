/**
 * The tariff as OCPI 2.2.1 defines it (mod_tariffs: Tariff, TariffElement, PriceComponent, TariffRestrictions).
 * Field names follow the OCPI wire format so that a parsed OCPI Tariff object can be passed in unchanged; only the
 * fields that influence the price are declared. Numbers may be JSON numbers or decimal strings ("0.25").
 */

/** A decimal value: a JSON number or a decimal string. It is converted to an exact decimal, never used as a float. */
export type DecimalInput = number | string;

/** OCPI TariffDimensionType. */
export type TariffDimensionType = 'ENERGY' | 'FLAT' | 'PARKING_TIME' | 'TIME';

/** OCPI DayOfWeek. */
export type DayOfWeek = 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';

/** OCPI ReservationRestrictionType. */
export type ReservationRestrictionType = 'RESERVATION' | 'RESERVATION_EXPIRES';

export interface PriceComponent {
  type: TariffDimensionType;
  /** Price per unit excluding VAT: per kWh (ENERGY), per hour (TIME, PARKING_TIME), per session (FLAT). */
  price: DecimalInput;
  /** VAT percentage. Omitted means "no VAT applicable", which OCPI distinguishes from 0. */
  vat?: DecimalInput | null;
  /** Billing block: Wh for ENERGY, seconds for TIME and PARKING_TIME, ignored for FLAT. 0 means no rounding. */
  step_size: number;
}

export interface TariffRestrictions {
  /** Local time of day "HH:MM", inclusive. */
  start_time?: string | null;
  /** Local time of day "HH:MM", exclusive; "00:00" is the end of the day; before start_time wraps over midnight. */
  end_time?: string | null;
  /** Local date "YYYY-MM-DD", inclusive. */
  start_date?: string | null;
  /** Local date "YYYY-MM-DD", exclusive. */
  end_date?: string | null;
  /** Energy delivered in the session so far, kWh, inclusive. */
  min_kwh?: DecimalInput | null;
  /** Energy delivered in the session so far, kWh, exclusive. */
  max_kwh?: DecimalInput | null;
  /** Charging current summed over phases, A, inclusive. */
  min_current?: DecimalInput | null;
  /** Charging current summed over phases, A, exclusive. */
  max_current?: DecimalInput | null;
  /** Charging power, kW, inclusive. */
  min_power?: DecimalInput | null;
  /** Charging power, kW, exclusive. */
  max_power?: DecimalInput | null;
  /** Seconds since the session started, inclusive. */
  min_duration?: number | null;
  /** Seconds since the session started, exclusive. */
  max_duration?: number | null;
  /** Local days of the week; empty or omitted means every day. */
  day_of_week?: readonly DayOfWeek[] | null;
  /** When present, the element prices a reservation instead of the charging session. */
  reservation?: ReservationRestrictionType | null;
}

export interface TariffElement {
  price_components: readonly PriceComponent[];
  restrictions?: TariffRestrictions | null;
}

/** OCPI Price as it appears in a tariff (min_price, max_price). */
export interface PriceInput {
  excl_vat: DecimalInput;
  incl_vat?: DecimalInput | null;
}

export interface Tariff {
  /** Copied into every charging period as `tariff_id` when present. */
  id?: string;
  /** ISO 4217 code; decides the number of decimals of the final amounts. */
  currency: string;
  min_price?: PriceInput | null;
  max_price?: PriceInput | null;
  elements: readonly TariffElement[];
  /** UTC validity window, used by `isTariffActiveAt`; pricing itself does not look at it. */
  start_date_time?: string | null;
  end_date_time?: string | null;
}
