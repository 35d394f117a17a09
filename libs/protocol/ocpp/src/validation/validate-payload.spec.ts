import { CSMS_TO_STATION_ACTIONS, STATION_TO_CSMS_ACTIONS } from '../actions';
import { SAMPLE_EXCHANGES, samplePayload } from '../testing/sample-payloads.fixture';
import { OCPP_VERSIONS } from '../versions';
import { VALID_PAYLOAD, validateRequest, validateResponse, validateStationCall } from './validate-payload';
import { warmUpValidators } from './schema-validators';

describe.each(OCPP_VERSIONS)('payload validation for OCPP %s', (version) => {
  const samples = SAMPLE_EXCHANGES[version];

  it.each(samples.map((sample) => [sample.action, sample]))(
    'should accept the request and response of %s when they follow the schema',
    (_action, sample) => {
      expect(validateRequest(version, sample.action, structuredClone(sample.request))).toBe(VALID_PAYLOAD);
      expect(validateResponse(version, sample.action, structuredClone(sample.response))).toBe(VALID_PAYLOAD);
    },
  );

  it('should accept every sample a station sends through validateStationCall', () => {
    const stationSamples = samples.filter((sample) =>
      (STATION_TO_CSMS_ACTIONS[version] as readonly string[]).includes(sample.action),
    );
    expect(stationSamples.length).toBeGreaterThanOrEqual(6);
    for (const sample of stationSamples) {
      expect(validateStationCall(version, sample.action, structuredClone(sample.request))).toEqual({ ok: true });
    }
  });

  it('should answer NotSupported when a station sends a command only the CSMS may send', () => {
    const reset = samplePayload(version, 'Reset', 'request');
    expect(CSMS_TO_STATION_ACTIONS[version]).toContain('Reset');
    expect(validateStationCall(version, 'Reset', reset)).toMatchObject({ ok: false, code: 'NotSupported' });
    expect(validateRequest(version, 'Reset', reset)).toBe(VALID_PAYLOAD);
  });

  it.each(['FlyToTheMoon', 'constructor', '__proto__', 'toString', 'heartbeat', ''])(
    "should answer NotImplemented when the action is '%s'",
    (action) => {
      expect(validateStationCall(version, action, {})).toMatchObject({ ok: false, code: 'NotImplemented' });
      expect(validateResponse(version, action, {})).toMatchObject({ ok: false, code: 'NotImplemented' });
    },
  );

  it('should reject a non-object payload with TypeConstraintViolation', () => {
    for (const payload of [null, [], 'Heartbeat', 7]) {
      expect(validateRequest(version, 'Heartbeat', payload)).toMatchObject({
        ok: false,
        code: 'TypeConstraintViolation',
      });
    }
  });
});

describe('payload validation failures', () => {
  const at = '2026-11-02T10:15:00.000Z';
  type Case = [string, '1.6' | '2.0.1', string, unknown, string, string];
  const cases: Case[] = [
    [
      'missing required field',
      '1.6',
      'BootNotification',
      { chargePointModel: 'M' },
      'OccurenceConstraintViolation',
      "must have required property 'chargePointVendor'",
    ],
    [
      'missing required field',
      '2.0.1',
      'BootNotification',
      { chargingStation: { model: 'M', vendorName: 'V' } },
      'OccurrenceConstraintViolation',
      "must have required property 'reason'",
    ],
    [
      'wrong JSON type',
      '1.6',
      'StartTransaction',
      { connectorId: '1', idTag: 'T', meterStart: 0, timestamp: at },
      'TypeConstraintViolation',
      '/connectorId must be integer',
    ],
    [
      'wrong JSON type',
      '2.0.1',
      'Heartbeat',
      { customData: 'x' },
      'TypeConstraintViolation',
      '/customData must be object',
    ],
    [
      'wrong enum value',
      '1.6',
      'StatusNotification',
      { connectorId: 1, errorCode: 'NoError', status: 'Sleeping' },
      'PropertyConstraintViolation',
      '/status must be equal to one of the allowed values',
    ],
    [
      'wrong enum value',
      '2.0.1',
      'StatusNotification',
      { timestamp: at, connectorStatus: 'Sleeping', evseId: 1, connectorId: 1 },
      'PropertyConstraintViolation',
      '/connectorStatus must be equal to one of the allowed values',
    ],
    [
      'string too long',
      '1.6',
      'Authorize',
      { idTag: 'X'.repeat(21) },
      'PropertyConstraintViolation',
      '/idTag must NOT have more than 20 characters',
    ],
    [
      'string too long',
      '2.0.1',
      'Authorize',
      { idToken: { idToken: 'X'.repeat(37), type: 'ISO14443' } },
      'PropertyConstraintViolation',
      '/idToken/idToken must NOT have more than 36 characters',
    ],
    [
      'extra property where forbidden',
      '1.6',
      'Heartbeat',
      { sleeping: true },
      'FormationViolation',
      "payload must NOT have additional properties: 'sleeping'",
    ],
    [
      'extra property where forbidden',
      '2.0.1',
      'Heartbeat',
      { sleeping: true },
      'FormatViolation',
      "payload must NOT have additional properties: 'sleeping'",
    ],
    [
      'empty list where one item is required',
      '2.0.1',
      'SetVariables',
      { setVariableData: [] },
      'OccurrenceConstraintViolation',
      '/setVariableData must NOT have fewer than 1 items',
    ],
    [
      'not a multiple of 0.1',
      '1.6',
      'SetChargingProfile',
      chargingProfile(16.05),
      'PropertyConstraintViolation',
      'must be multiple of 0.1',
    ],
  ];

  it.each(cases)(
    "should answer %s in OCPP %s (%s) with that version's code",
    (_name, version, action, payload, code, description) => {
      const result = validateRequest(version, action, payload);
      expect(result).toMatchObject({ ok: false, code });
      expect(result.ok === false && result.description).toContain(description);
    },
  );

  it.each(['1.6', '2.0.1'] as const)(
    'should answer PropertyConstraintViolation for a time without a zone in %s',
    (version) => {
      expect(validateResponse(version, 'Heartbeat', { currentTime: '2026-11-02 10:15' })).toMatchObject({
        ok: false,
        code: 'PropertyConstraintViolation',
        details: { keyword: 'format', path: '/currentTime' },
      });
    },
  );

  it('should accept a custom data extension in 2.0.1 where the schema allows extra properties', () => {
    const payload = { customData: { vendorId: 'com.chargemesh', firmwareBuild: 1234 } };
    expect(validateRequest('2.0.1', 'Heartbeat', payload)).toBe(VALID_PAYLOAD);
  });

  it('should compile every schema of both versions when warmed up', () => {
    expect(warmUpValidators()).toBe(2 * (39 + 64));
  });
});

function chargingProfile(limit: number) {
  return {
    connectorId: 1,
    csChargingProfiles: {
      chargingProfileId: 1,
      stackLevel: 0,
      chargingProfilePurpose: 'TxDefaultProfile',
      chargingProfileKind: 'Absolute',
      chargingSchedule: { chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit }] },
    },
  };
}
