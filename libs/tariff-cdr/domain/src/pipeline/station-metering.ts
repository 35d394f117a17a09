import Decimal from 'decimal.js';
import type { SampledValue } from '@chargemesh/contracts/station';
import type { MeterSample } from '@chargemesh/tariff-domain';
import type { ChargingStateChange, StationReading, TransactionFacts } from './transaction-facts';

/* From the station's meter values to the pricing engine's samples, exactly (decimal strings). */

const Exact = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -50, toExpPos: 50 });
type Exact = InstanceType<typeof Exact>;

const ENERGY = 'Energy.Active.Import.Register';
const POWER = 'Power.Active.Import';
const CURRENT = 'Current.Import';
const PHASES = new Set(['L1', 'L2', 'L3', 'L1-N', 'L2-N', 'L3-N']);

function scaled(sample: SampledValue, kiloUnit: string, baseUnit: string): Exact | undefined {
  if (sample.value === undefined || !Number.isFinite(sample.value)) return undefined;
  const raw = new Exact(String(sample.value)).times(new Exact(10).pow(sample.multiplier ?? 0));
  if (sample.unit === kiloUnit) return raw;
  if (sample.unit === baseUnit) return raw.div(1000);
  return undefined;
}

/** The whole-station value of a measurand: the value without a phase, or the sum of L1..L3. */
function totalOf(values: readonly SampledValue[], measurand: string, kiloUnit: string, baseUnit: string): Exact | undefined {
  const ofMeasurand = values.filter((value) => value.measurand === measurand && value.location !== 'Inlet' && value.location !== 'EV');
  const whole = ofMeasurand.find((value) => value.phase === undefined);
  if (whole) return scaled(whole, kiloUnit, baseUnit);
  const phases = ofMeasurand.filter((value) => value.phase !== undefined && PHASES.has(value.phase)).map((value) => scaled(value, kiloUnit, baseUnit));
  if (phases.length === 0 || phases.some((value) => value === undefined)) return undefined;
  return (phases as Exact[]).reduce((sum, value) => sum.plus(value), new Exact(0));
}

interface Reading {
  atMs: number;
  energyKwh?: Exact;
  powerKw?: Exact;
  currentA?: Exact;
}

function readingOf(reading: StationReading): Reading | undefined {
  const atMs = Date.parse(reading.at);
  if (Number.isNaN(atMs)) return undefined;
  return {
    atMs,
    energyKwh: totalOf(reading.sampledValues, ENERGY, 'kWh', 'Wh'),
    powerKw: totalOf(reading.sampledValues, POWER, 'kW', 'W'),
    // Amperes as they are; a milliampere reading is divided like the base units above.
    currentA: totalOf(reading.sampledValues, CURRENT, 'A', 'mA'),
  };
}

function chargingAt(changes: readonly { atMs: number; charging: boolean }[], atMs: number): boolean {
  let charging = true; // a transaction starts charging unless the station says otherwise
  for (const change of changes) {
    if (change.atMs > atMs) break;
    charging = change.charging;
  }
  return charging;
}

const text = (value: Exact | undefined) => (value === undefined ? undefined : value.toFixed());

export interface SessionMetering {
  samples: MeterSample[];
  startMs: number;
  /** The time of the last sample: the end for an ended transaction, the latest fact otherwise. */
  lastMs: number;
}

/**
 * Samples from the transaction's start (or first fact) to its end (or latest fact). The energy at a
 * moment is the last register reading at or before it (or the first reading, at the start), so a
 * reading that arrives later never changes the energy of an earlier charging sample; the moment the
 * vehicle goes idle takes the next reading instead (nothing flows while idle). Register readings
 * that go down are dropped. Power and current are those reported at that moment.
 */
export function meteringOf(facts: TransactionFacts): SessionMetering | undefined {
  const readings = facts.readings
    .map(readingOf)
    .filter((reading): reading is Reading => reading !== undefined)
    .sort((left, right) => left.atMs - right.atMs);
  const changes = facts.chargingStates
    .map((change: ChargingStateChange) => ({ atMs: Date.parse(change.at), charging: change.charging }))
    .filter((change) => !Number.isNaN(change.atMs))
    .sort((left, right) => left.atMs - right.atMs);
  const startedMs = facts.startedAt ? Date.parse(facts.startedAt) : NaN;
  const startMs = Number.isNaN(startedMs) ? readings[0]?.atMs : startedMs;
  if (startMs === undefined) return undefined;
  // A state reported before the start belongs to whatever happened on the connector before it.
  const ownChanges = changes.filter((change) => change.atMs >= startMs);
  const endedMs = facts.endedAt ? Date.parse(facts.endedAt) : NaN;
  const endMs = Number.isNaN(endedMs) ? undefined : Math.max(endedMs, startMs);

  // A non-decreasing register: a lower reading than one before it is a meter glitch or reset.
  const registers: { atMs: number; kwh: Exact }[] = [];
  for (const reading of readings) {
    if (!reading.energyKwh) continue;
    const previous = registers[registers.length - 1];
    if (previous && reading.energyKwh.lt(previous.kwh)) continue;
    registers.push({ atMs: reading.atMs, kwh: reading.energyKwh });
  }
  const energyAt = (atMs: number): Exact => {
    let energy = registers[0]?.kwh ?? new Exact(0);
    for (const register of registers) {
      if (register.atMs > atMs) break;
      energy = register.kwh;
    }
    return energy;
  };

  // No energy flows while the vehicle is idle: the energy at the moment it stopped is what the next
  // register reading shows, if it stays idle until then. Otherwise the energy between the last reading
  // before a stop and the first one after it would be billed as parking instead of charging.
  const energyWhenStopped = (atMs: number): Exact | undefined => {
    const next = registers.find((register) => register.atMs > atMs);
    if (!next) return undefined;
    const resumes = ownChanges.some((change) => change.charging && change.atMs > atMs && change.atMs <= next.atMs);
    return resumes ? undefined : next.kwh;
  };

  const inRange = (atMs: number) => atMs > startMs && (endMs === undefined || atMs < endMs);
  const times = new Set<number>([startMs]);
  readings.filter((reading) => inRange(reading.atMs)).forEach((reading) => times.add(reading.atMs));
  ownChanges.filter((change) => inRange(change.atMs)).forEach((change) => times.add(change.atMs));
  if (endMs !== undefined) times.add(endMs);
  const ordered = [...times].sort((left, right) => left - right);

  const samples = ordered.map((atMs): MeterSample => {
    const here = readings.filter((reading) => reading.atMs === atMs);
    const powerKw = here.find((reading) => reading.powerKw)?.powerKw;
    const currentA = here.find((reading) => reading.currentA)?.currentA;
    const charging = chargingAt(ownChanges, atMs);
    const measured = here.some((reading) => reading.energyKwh);
    return {
      at: new Date(atMs).toISOString(),
      energyKwh: ((!charging && !measured ? energyWhenStopped(atMs) : undefined) ?? energyAt(atMs)).toFixed(),
      ...(powerKw ? { powerKw: text(powerKw) } : {}),
      ...(currentA ? { currentA: text(currentA) } : {}),
      charging,
    };
  });
  return { samples, startMs, lastMs: ordered[ordered.length - 1] };
}
