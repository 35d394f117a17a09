import { Exact, formatDecimal, hoursFromMs } from './exact-decimal';
import { chargeCost } from './cost-totals';
import type { NormalizedTariff } from './normalized-tariff';
import type { ChargeDraft, PeriodDraft } from './period-drafts';
import type { CdrDimension, PeriodCharge, PricedChargingPeriod } from './session-price.types';

function isTime(charge: ChargeDraft): boolean {
  return charge.type === 'TIME' || charge.type === 'PARKING_TIME';
}

/** Volumes in the unit of the tariff price: kWh, hours, or 1 for FLAT. */
function inPriceUnit(charge: ChargeDraft, volume: Exact): string {
  return formatDecimal(isTime(charge) ? hoursFromMs(volume) : volume);
}

function minMax(values: Exact[], minType: CdrDimension['type'], maxType: CdrDimension['type']): CdrDimension[] {
  if (values.length === 0) return [];
  return [
    { type: minType, volume: formatDecimal(Exact.min(...values)) },
    { type: maxType, volume: formatDecimal(Exact.max(...values)) },
  ];
}

/**
 * The OCPI CdrDimensions of a period (mod_cdrs CdrDimensionType): ENERGY and TIME while charging, PARKING_TIME
 * (and ENERGY if any flowed) while idle, RESERVATION_TIME for a reservation; MIN/MAX_POWER and, when every
 * sample reported it, MIN/MAX_CURRENT while charging.
 */
function dimensionsOf(period: PeriodDraft): CdrDimension[] {
  const hours = formatDecimal(hoursFromMs(period.durationMs));
  if (period.phase !== 'SESSION') return [{ type: 'RESERVATION_TIME', volume: hours }];
  const dimensions: CdrDimension[] = [];
  if (period.charging || !period.energyKwh.isZero()) {
    dimensions.push({ type: 'ENERGY', volume: formatDecimal(period.energyKwh) });
  }
  dimensions.push({ type: period.charging ? 'TIME' : 'PARKING_TIME', volume: hours });
  if (period.charging) {
    dimensions.push(...minMax(period.powersKw, 'MIN_POWER', 'MAX_POWER'));
    const currents = period.currentsA.filter((current): current is Exact => current !== undefined);
    if (currents.length === period.currentsA.length) dimensions.push(...minMax(currents, 'MIN_CURRENT', 'MAX_CURRENT'));
  }
  return dimensions;
}

function periodCharge(tariff: NormalizedTariff, charge: ChargeDraft): PeriodCharge {
  const cost = chargeCost(tariff, charge);
  return {
    type: charge.type,
    category: charge.category,
    element_index: charge.elementIndex,
    volume: inPriceUnit(charge, charge.volume),
    billed_volume: inPriceUnit(charge, charge.billedVolume),
    price: charge.component.price.toFixed(),
    ...(charge.component.vat === undefined ? {} : { vat: charge.component.vat.toFixed() }),
    cost: {
      excl_vat: formatDecimal(cost.exclVat),
      ...(cost.inclVat === undefined ? {} : { incl_vat: formatDecimal(cost.inclVat) }),
    },
  };
}

export function chargingPeriod(
  tariff: NormalizedTariff,
  period: PeriodDraft,
  charges: ChargeDraft[],
): PricedChargingPeriod {
  return {
    start_date_time: new Date(period.startMs).toISOString(),
    end_date_time: new Date(period.endMs).toISOString(),
    ...(tariff.id === undefined ? {} : { tariff_id: tariff.id }),
    dimensions: dimensionsOf(period),
    charges: charges.map((charge) => periodCharge(tariff, charge)),
  };
}
