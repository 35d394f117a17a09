import { Exact } from './exact-decimal';
import type { ChargeDraft } from './period-drafts';

/**
 * step_size is applied once per session and per group (mod_cdrs, "step_size"):
 * - ENERGY: the total energy billed in the session is rounded up, with the step_size of the last ENERGY period;
 * - TIME and PARKING_TIME combined: only the dimension of the last time-based period that was billed is rounded,
 *   over its total for the session, so charging time followed by billed parking time is not rounded;
 * - reservation time on its own, as in the reservation examples of mod_tariffs.
 * The rounded-up remainder is billed in that last period, at its price.
 */

type StepGroup = 'ENERGY' | 'TIME_OR_PARKING' | 'RESERVATION';

// Interpolated energies carry ~1e-35 kWh noise; compare at 1e-9 Wh so noise never adds a whole step.
const ENERGY_COMPARISON_DECIMALS = 12;

function groupOf(charge: ChargeDraft): StepGroup | undefined {
  if (charge.category === 'ENERGY') return 'ENERGY';
  if (charge.category === 'TIME' || charge.category === 'PARKING') return 'TIME_OR_PARKING';
  if (charge.category === 'RESERVATION' && charge.type === 'TIME') return 'RESERVATION';
  return undefined;
}

/** One step in the volume unit of the charge: Wh → kWh for energy, s → ms for time. */
function stepInVolumeUnit(charge: ChargeDraft): Exact {
  const step = new Exact(charge.component.stepSize);
  return charge.type === 'ENERGY' ? step.div(1000) : step.times(1000);
}

function roundUpToStep(total: Exact, step: Exact, isEnergy: boolean): Exact {
  const comparable = isEnergy ? total.toDecimalPlaces(ENERGY_COMPARISON_DECIMALS, Exact.ROUND_HALF_UP) : total;
  return comparable.div(step).ceil().times(step);
}

/** Sets `billedVolume` of the last charge of each group; charges are in period order and are changed in place. */
export function applyStepSizes(charges: ChargeDraft[]): void {
  for (const group of ['ENERGY', 'TIME_OR_PARKING', 'RESERVATION'] as const) {
    const inGroup = charges.filter((charge) => groupOf(charge) === group && charge.volume.gt(0));
    const last = inGroup[inGroup.length - 1];
    if (!last || last.component.stepSize === 0) continue;
    const sameDimension = inGroup.filter((charge) => charge.category === last.category);
    const total = sameDimension.reduce((sum, charge) => sum.plus(charge.volume), new Exact(0));
    const rounded = roundUpToStep(total, stepInVolumeUnit(last), last.type === 'ENERGY');
    if (rounded.gt(total)) last.billedVolume = last.volume.plus(rounded.minus(total));
  }
}
