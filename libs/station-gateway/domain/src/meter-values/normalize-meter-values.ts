import type { MeterValue, SampledValue } from '@chargemesh/contracts/station';
import type { V16, V201 } from '@chargemesh/protocol-ocpp';

type V16MeterValue = V16.MeterValuesRequest['meterValue'][number];
type V201MeterValue = NonNullable<V201.TransactionEventRequest['meterValue']>[number];

const DEFAULT_MEASURAND = 'Energy.Active.Import.Register';

/** The unit a sampled value without one is in: both versions default to Wh for energy; other measurands get their SI unit. */
function defaultUnit(measurand: string): string {
  if (measurand.startsWith('Power.Factor')) return '';
  if (measurand.startsWith('Power.')) return 'W';
  if (measurand.startsWith('Current.')) return 'A';
  if (measurand === 'Voltage') return 'V';
  if (measurand === 'SoC') return 'Percent';
  if (measurand === 'Frequency') return 'Hz';
  if (measurand === 'Temperature') return 'Celsius';
  return 'Wh';
}

const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Station timestamps as UTC ISO-8601, so that every event compares and sorts the same way. */
export function isoTimestamp(timestamp: string): string {
  // Most stations already send this form; skipping the Date round trip matters on the frame path.
  if (timestamp.length === 24 && CANONICAL.test(timestamp)) return timestamp;
  const time = Date.parse(timestamp);
  return Number.isNaN(time) ? timestamp : new Date(time).toISOString();
}

// 1.6 schemas spell it "Celcius" (the errata says do not fix); events use the correct spelling.
const unitOf = (unit: string) => (unit === 'Celcius' ? 'Celsius' : unit);

function v16Sample(sample: V16MeterValue['sampledValue'][number]): SampledValue {
  const measurand = sample.measurand ?? DEFAULT_MEASURAND;
  const signed = sample.format === 'SignedData';
  const numeric = Number(sample.value);
  return {
    ...(signed || !Number.isFinite(numeric) ? { signedData: sample.value } : { value: numeric }),
    measurand,
    unit: unitOf(sample.unit ?? defaultUnit(measurand)),
    multiplier: 0,
    ...(sample.context ? { context: sample.context } : {}),
    ...(sample.phase ? { phase: sample.phase } : {}),
    ...(sample.location ? { location: sample.location } : {}),
  };
}

function v201Sample(sample: V201MeterValue['sampledValue'][number]): SampledValue {
  const measurand = sample.measurand ?? DEFAULT_MEASURAND;
  return {
    value: sample.value,
    ...(sample.signedMeterValue ? { signedData: sample.signedMeterValue.signedMeterData } : {}),
    measurand,
    unit: unitOf(sample.unitOfMeasure?.unit ?? defaultUnit(measurand)),
    multiplier: sample.unitOfMeasure?.multiplier ?? 0,
    ...(sample.context ? { context: sample.context } : {}),
    ...(sample.phase ? { phase: sample.phase } : {}),
    ...(sample.location ? { location: sample.location } : {}),
  };
}

export function meterValuesOfV16(values: readonly V16MeterValue[] | undefined): MeterValue[] {
  return (values ?? []).map((value) => ({ timestamp: isoTimestamp(value.timestamp), sampledValues: value.sampledValue.map(v16Sample) }));
}

export function meterValuesOfV201(values: readonly V201MeterValue[] | undefined): MeterValue[] {
  return (values ?? []).map((value) => ({ timestamp: isoTimestamp(value.timestamp), sampledValues: value.sampledValue.map(v201Sample) }));
}

/** A 1.6 meterStart/meterStop (integer Wh of the energy import register) as a sampled reading. */
export function v16RegisterReading(timestamp: string, wattHours: number, context: 'Transaction.Begin' | 'Transaction.End'): MeterValue {
  return { timestamp: isoTimestamp(timestamp), sampledValues: [{ value: wattHours, measurand: DEFAULT_MEASURAND, unit: 'Wh', multiplier: 0, context }] };
}
