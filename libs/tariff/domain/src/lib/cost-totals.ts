import { Exact, formatMoney, MS_PER_HOUR, ZERO } from './exact-decimal';
import type { NormalizedPrice, NormalizedTariff } from './normalized-tariff';
import type { ChargeDraft } from './period-drafts';
import type { CostCategory, Price, PriceLimit, SessionPrice } from './session-price.types';

/** An amount excluding VAT and, when the tariff mentions VAT, including it. Unrounded. */
export interface ExactPrice {
  exclVat: Exact;
  inclVat?: Exact;
}

/** Billed volume in the price's unit: kWh, hours, or 1 for FLAT. */
function billedUnits(charge: ChargeDraft): Exact {
  const isTime = charge.type === 'TIME' || charge.type === 'PARKING_TIME';
  return isTime ? charge.billedVolume.div(MS_PER_HOUR) : charge.billedVolume;
}

/**
 * Cost of one charge. VAT is a percentage on the amount excluding VAT; a component without VAT has no VAT
 * applicable, so it adds its amount excluding VAT to totals including VAT (PriceComponent.vat).
 */
export function chargeCost(tariff: NormalizedTariff, charge: ChargeDraft): ExactPrice {
  const exclVat = charge.component.price.times(billedUnits(charge));
  if (!tariff.mentionsVat) return { exclVat };
  const vat = charge.component.vat;
  return { exclVat, inclVat: vat === undefined ? exclVat : exclVat.times(vat.div(100).plus(1)) };
}

function sum(prices: ExactPrice[], mentionsVat: boolean): ExactPrice {
  const exclVat = prices.reduce((total, price) => total.plus(price.exclVat), ZERO);
  if (!mentionsVat) return { exclVat };
  return { exclVat, inclVat: prices.reduce((total, price) => total.plus(price.inclVat ?? price.exclVat), ZERO) };
}

interface LimitedAmount {
  amount: Exact;
  limit?: PriceLimit;
}

/**
 * min_price, then max_price, each on its own side of VAT (mod_tariffs Tariff, notes on min_price and max_price).
 * Should a tariff set min_price above max_price, max_price wins: a session never costs more than the maximum.
 */
function limit(amount: Exact, minimum: Exact | undefined, maximum: Exact | undefined): LimitedAmount {
  let result: LimitedAmount = { amount };
  if (minimum !== undefined && result.amount.lt(minimum)) result = { amount: minimum, limit: 'MIN_PRICE' };
  if (maximum !== undefined && result.amount.gt(maximum)) result = { amount: maximum, limit: 'MAX_PRICE' };
  return result;
}

function limited(total: ExactPrice, minPrice?: NormalizedPrice, maxPrice?: NormalizedPrice) {
  const exclVat = limit(total.exclVat, minPrice?.exclVat, maxPrice?.exclVat);
  const inclVat = total.inclVat && limit(total.inclVat, minPrice?.inclVat, maxPrice?.inclVat);
  return { exclVat, inclVat };
}

type CostTotals = Pick<
  SessionPrice,
  | 'total_cost'
  | 'total_fixed_cost'
  | 'total_energy_cost'
  | 'total_time_cost'
  | 'total_parking_cost'
  | 'total_reservation_cost'
  | 'price_limit_applied'
>;

/** Sums the exact charges per category, applies min/max price to the total, and rounds only at this point. */
export function costTotals(tariff: NormalizedTariff, charges: ChargeDraft[]): CostTotals {
  const money = (price: ExactPrice): Price => {
    const exclVat = formatMoney(price.exclVat, tariff.currencyDecimals);
    if (price.inclVat === undefined) return { excl_vat: exclVat };
    return { excl_vat: exclVat, incl_vat: formatMoney(price.inclVat, tariff.currencyDecimals) };
  };
  const costs = charges.map((charge) => ({ category: charge.category, cost: chargeCost(tariff, charge) }));
  const categoryTotal = (category: CostCategory) =>
    money(
      sum(
        costs.filter((c) => c.category === category).map((c) => c.cost),
        tariff.mentionsVat,
      ),
    );
  const total = sum(
    costs.map((c) => c.cost),
    tariff.mentionsVat,
  );
  const { exclVat, inclVat } = limited(total, tariff.minPrice, tariff.maxPrice);
  const applied = { excl_vat: exclVat.limit, incl_vat: inclVat?.limit };
  return {
    total_cost: money({ exclVat: exclVat.amount, inclVat: inclVat?.amount }),
    total_fixed_cost: categoryTotal('FIXED'),
    total_energy_cost: categoryTotal('ENERGY'),
    total_time_cost: categoryTotal('TIME'),
    total_parking_cost: categoryTotal('PARKING'),
    total_reservation_cost: categoryTotal('RESERVATION'),
    ...(applied.excl_vat || applied.incl_vat ? { price_limit_applied: withoutUndefined(applied) } : {}),
  };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
