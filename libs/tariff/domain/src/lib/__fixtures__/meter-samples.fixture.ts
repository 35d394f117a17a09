import type { MeterSample } from '../metering.types';
import type { DecimalInput } from '../tariff.types';

/** `iso` moved by a number of minutes (may be fractional), as an ISO string in UTC. */
export function plusMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + Math.round(minutes * 60_000)).toISOString();
}

type Extra = Pick<MeterSample, 'powerKw' | 'currentA'>;

/** The vehicle requests power from this sample on. */
export function charging(at: string, energyKwh: DecimalInput, extra: Extra = {}): MeterSample {
  return { at, energyKwh, charging: true, ...extra };
}

/** The vehicle is connected but does not request power from this sample on (or the session ends here). */
export function idle(at: string, energyKwh: DecimalInput, extra: Extra = {}): MeterSample {
  return { at, energyKwh, charging: false, ...extra };
}

/** The money fields of a result, for compact assertions. */
export function costsOf(result: {
  total_cost: unknown;
  total_fixed_cost: unknown;
  total_energy_cost: unknown;
  total_time_cost: unknown;
  total_parking_cost: unknown;
}) {
  return {
    total: result.total_cost,
    fixed: result.total_fixed_cost,
    energy: result.total_energy_cost,
    time: result.total_time_cost,
    parking: result.total_parking_cost,
  };
}
