import standardValidators from 'ocpp-rpc/lib/standard-validators';
import { SAMPLE_EXCHANGES } from '../testing/sample-payloads.fixture';
import { OCPP_SUBPROTOCOLS, type OcppVersion } from '../versions';
import { validateRequest, validateResponse } from './validate-payload';

// ocpp-rpc embeds its own copies of the OCA schemas and its own Ajv set-up. Where both libraries
// read the same schema the same way, they must accept and reject the same payloads. Error codes
// are not compared: ocpp-rpc 2.2.1 maps keywords differently and swaps the Occur(r)ence spellings.
function ocppRpcAccepts(version: OcppVersion, action: string, kind: 'request' | 'response', payload: unknown): boolean {
  const validator = standardValidators.find((candidate) => candidate.subprotocol === OCPP_SUBPROTOCOLS[version]);
  if (!validator) throw new Error(`ocpp-rpc has no validator for ${version}`);
  try {
    // Throws an RPCError on a schema failure; the schemas are synchronous, so the result is a boolean.
    const verdict = validator.validate(
      `urn:${action}.${kind === 'request' ? 'req' : 'conf'}`,
      structuredClone(payload),
    );
    return verdict === true;
  } catch {
    return false;
  }
}

function weAccept(version: OcppVersion, action: string, kind: 'request' | 'response', payload: unknown): boolean {
  const validate = kind === 'request' ? validateRequest : validateResponse;
  return validate(version, action, structuredClone(payload)).ok;
}

const at = '2026-11-02T10:15:00Z';
const limit = (value: number) => ({
  connectorId: 1,
  csChargingProfiles: {
    chargingProfileId: 1,
    stackLevel: 0,
    chargingProfilePurpose: 'TxDefaultProfile',
    chargingProfileKind: 'Absolute',
    chargingSchedule: { chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: value }] },
  },
});

// [version, action, kind, payload, expected verdict]
const edgeCases: [OcppVersion, string, 'request' | 'response', unknown, boolean][] = [
  ['1.6', 'BootNotification', 'request', { chargePointModel: 'M' }, false],
  ['1.6', 'Heartbeat', 'request', { extra: 1 }, false],
  ['1.6', 'Heartbeat', 'response', { currentTime: '2026-11-02T10:15:00+01:00' }, true],
  ['1.6', 'Heartbeat', 'response', { currentTime: '2 November 2026' }, false],
  ['1.6', 'Authorize', 'request', { idTag: 'X'.repeat(21) }, false],
  ['1.6', 'StartTransaction', 'request', { connectorId: 1.5, idTag: 'T', meterStart: 0, timestamp: at }, false],
  ['1.6', 'StopTransaction', 'request', { transactionId: 1, meterStop: 10, timestamp: at }, true],
  ['1.6', 'SetChargingProfile', 'request', limit(16.1), true],
  ['1.6', 'SetChargingProfile', 'request', limit(16.05), false],
  ['1.6', 'GetDiagnostics', 'request', { location: 'not a uri' }, false],
  ['1.6', 'GetDiagnostics', 'request', { location: 'ftp://diag.example.com/uploads' }, true],
  [
    '1.6',
    'MeterValues',
    'request',
    { connectorId: 1, meterValue: [{ timestamp: at, sampledValue: [{ value: '30', unit: 'Celsius' }] }] },
    true,
  ],
  ['2.0.1', 'BootNotification', 'request', { chargingStation: { model: 'M', vendorName: 'V' } }, false],
  [
    '2.0.1',
    'BootNotification',
    'request',
    { chargingStation: { model: 'M', vendorName: 'V', colour: 'red' }, reason: 'PowerUp' },
    false,
  ],
  ['2.0.1', 'Heartbeat', 'request', { customData: { vendorId: 'com.example', anything: [1, 2] } }, true],
  [
    '2.0.1',
    'StatusNotification',
    'request',
    { timestamp: at, connectorStatus: 'Sleeping', evseId: 1, connectorId: 1 },
    false,
  ],
  [
    '2.0.1',
    'TransactionEvent',
    'request',
    {
      eventType: 'Updated',
      timestamp: at,
      triggerReason: 'MeterValuePeriodic',
      seqNo: '3',
      transactionInfo: { transactionId: 't' },
    },
    false,
  ],
  ['2.0.1', 'SetVariables', 'request', { setVariableData: [] }, false],
  ['2.0.1', 'Authorize', 'response', { idTokenInfo: { status: 'Accepted', cacheExpiryDateTime: 'tomorrow' } }, false],
];

describe('cross-check with ocpp-rpc strict validation', () => {
  const samples = (['1.6', '2.0.1'] as const).flatMap((version) =>
    SAMPLE_EXCHANGES[version].flatMap((sample) => [
      [version, sample.action, 'request', sample.request] as const,
      [version, sample.action, 'response', sample.response] as const,
    ]),
  );

  it.each(samples)('should agree with ocpp-rpc that the %s %s %s sample is valid', (version, action, kind, payload) => {
    expect(weAccept(version, action, kind, payload)).toBe(true);
    expect(ocppRpcAccepts(version, action, kind, payload)).toBe(true);
  });

  it.each(edgeCases)(
    'should agree with ocpp-rpc on a %s %s %s edge case',
    (version, action, kind, payload, verdict) => {
      expect(weAccept(version, action, kind, payload)).toBe(verdict);
      expect(ocppRpcAccepts(version, action, kind, payload)).toBe(verdict);
    },
  );

  it('should reject a date-time without a time zone, which ocpp-rpc (ajv-formats 2) still accepts', () => {
    // JSON Schema "date-time" is RFC 3339, whose time-offset is mandatory; ajv-formats 3 enforces it.
    const zoneless = { currentTime: '2026-11-02T10:15:00' };
    for (const version of ['1.6', '2.0.1'] as const) {
      expect(weAccept(version, 'Heartbeat', 'response', zoneless)).toBe(false);
      expect(ocppRpcAccepts(version, 'Heartbeat', 'response', zoneless)).toBe(true);
    }
  });
});
