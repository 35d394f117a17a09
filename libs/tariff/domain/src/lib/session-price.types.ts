import type { TariffDimensionType } from './tariff.types';

/**
 * The result of pricing a session, shaped after the OCPI 2.2.1 CDR (mod_cdrs) so that it maps field by field.
 * All numbers are decimal strings. Money totals carry the currency's number of decimals; volumes and the exact
 * per-charge costs carry up to 10 decimals.
 */

/** OCPI Price. `incl_vat` is present when the tariff mentions VAT anywhere (see README, "VAT"). */
export interface Price {
  excl_vat: string;
  incl_vat?: string;
}

/** The OCPI CdrDimensionType values a CDR may carry. */
export type CdrDimensionType =
  'ENERGY' | 'MAX_CURRENT' | 'MIN_CURRENT' | 'MAX_POWER' | 'MIN_POWER' | 'PARKING_TIME' | 'RESERVATION_TIME' | 'TIME';

/** OCPI CdrDimension: kWh for ENERGY, hours for the times, kW for power, A for current. */
export interface CdrDimension {
  type: CdrDimensionType;
  volume: string;
}

/** Which `total_*_cost` a charge counts towards. */
export type CostCategory = 'FIXED' | 'ENERGY' | 'TIME' | 'PARKING' | 'RESERVATION';

/** One price component billed in one charging period. Not part of OCPI; it shows how the amounts came about. */
export interface PeriodCharge {
  type: TariffDimensionType;
  category: CostCategory;
  /** Index into `tariff.elements` of the element whose price component applied. */
  element_index: number;
  /** Consumed volume in the tariff unit: kWh, hours, or 1 for FLAT. */
  volume: string;
  /** Volume after step_size rounding; differs from `volume` only in the last period of a dimension. */
  billed_volume: string;
  /** Price per unit excluding VAT, as in the tariff. */
  price: string;
  vat?: string;
  /** Exact cost of this charge, before any rounding or min/max price. */
  cost: Price;
}

/** OCPI ChargingPeriod, plus its end and the charges computed for it. */
export interface PricedChargingPeriod {
  start_date_time: string;
  end_date_time: string;
  tariff_id?: string;
  dimensions: CdrDimension[];
  charges: PeriodCharge[];
}

export type PriceLimit = 'MIN_PRICE' | 'MAX_PRICE';

export interface SessionPrice {
  currency: string;
  /** Start of the session, or of the reservation when one preceded it (OCPI CDR start_date_time). */
  start_date_time: string;
  end_date_time: string;
  charging_periods: PricedChargingPeriod[];
  /** kWh delivered in the session. */
  total_energy: string;
  /** Hours from the first to the last sample (charging and not charging; reservation excluded). */
  total_time: string;
  /** Hours during which the vehicle did not request power. */
  total_parking_time: string;
  /** Sum of all charges with min_price and max_price applied, rounded to the currency. */
  total_cost: Price;
  /** FLAT components of the session (reservation fees are in total_reservation_cost). */
  total_fixed_cost: Price;
  total_energy_cost: Price;
  total_time_cost: Price;
  total_parking_cost: Price;
  total_reservation_cost: Price;
  /** Present when min_price or max_price changed total_cost; the category totals are never adjusted. */
  price_limit_applied?: { excl_vat?: PriceLimit; incl_vat?: PriceLimit };
}
