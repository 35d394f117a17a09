import type { OcppVersion } from '../versions';

/** A real exchange: a CALL payload and the CALLRESULT payload answering it. */
export interface SampleExchange {
  readonly action: string;
  readonly request: Record<string, unknown>;
  readonly response: Record<string, unknown>;
}

const at = '2026-11-02T10:15:00.000Z';

const V16_SAMPLES: SampleExchange[] = [
  {
    action: 'BootNotification',
    request: { chargePointVendor: 'ChargeMesh', chargePointModel: 'Sim-16', chargePointSerialNumber: 'SN-0001' },
    response: { status: 'Accepted', currentTime: at, interval: 300 },
  },
  { action: 'Heartbeat', request: {}, response: { currentTime: at } },
  {
    action: 'StatusNotification',
    request: { connectorId: 1, errorCode: 'NoError', status: 'Available', timestamp: at },
    response: {},
  },
  { action: 'Authorize', request: { idTag: 'TAG-0001' }, response: { idTagInfo: { status: 'Accepted' } } },
  {
    action: 'StartTransaction',
    request: { connectorId: 1, idTag: 'TAG-0001', meterStart: 0, timestamp: at },
    response: { transactionId: 42, idTagInfo: { status: 'Accepted' } },
  },
  {
    action: 'MeterValues',
    request: {
      connectorId: 1,
      transactionId: 42,
      meterValue: [
        {
          timestamp: at,
          sampledValue: [
            { value: '1234', measurand: 'Energy.Active.Import.Register', unit: 'Wh', context: 'Sample.Periodic' },
            { value: '31.5', measurand: 'Temperature', unit: 'Celcius', location: 'Body' },
          ],
        },
      ],
    },
    response: {},
  },
  {
    action: 'StopTransaction',
    request: { transactionId: 42, meterStop: 5000, timestamp: at, reason: 'Local', idTag: 'TAG-0001' },
    response: { idTagInfo: { status: 'Accepted' } },
  },
  {
    action: 'SecurityEventNotification',
    request: { type: 'StartupOfTheDevice', timestamp: at },
    response: {},
  },
  {
    action: 'RemoteStartTransaction',
    request: { idTag: 'TAG-0001', connectorId: 1 },
    response: { status: 'Accepted' },
  },
  { action: 'Reset', request: { type: 'Soft' }, response: { status: 'Accepted' } },
  {
    action: 'GetConfiguration',
    request: { key: ['HeartbeatInterval'] },
    response: { configurationKey: [{ key: 'HeartbeatInterval', readonly: false, value: '300' }] },
  },
  {
    action: 'SetChargingProfile',
    request: {
      connectorId: 1,
      csChargingProfiles: {
        chargingProfileId: 1,
        stackLevel: 0,
        chargingProfilePurpose: 'TxDefaultProfile',
        chargingProfileKind: 'Absolute',
        chargingSchedule: {
          chargingRateUnit: 'A',
          // 16.1 is a multiple of 0.1 only with a precision-aware check.
          chargingSchedulePeriod: [{ startPeriod: 0, limit: 16.1 }],
        },
      },
    },
    response: { status: 'Accepted' },
  },
  { action: 'DataTransfer', request: { vendorId: 'com.chargemesh' }, response: { status: 'Accepted' } },
];

const idToken = { idToken: 'TAG-0001', type: 'ISO14443' };

const V201_SAMPLES: SampleExchange[] = [
  {
    action: 'BootNotification',
    request: { chargingStation: { model: 'Sim-201', vendorName: 'ChargeMesh' }, reason: 'PowerUp' },
    response: { currentTime: at, interval: 300, status: 'Accepted' },
  },
  { action: 'Heartbeat', request: {}, response: { currentTime: at } },
  {
    action: 'StatusNotification',
    request: { timestamp: at, connectorStatus: 'Available', evseId: 1, connectorId: 1 },
    response: {},
  },
  { action: 'Authorize', request: { idToken }, response: { idTokenInfo: { status: 'Accepted' } } },
  {
    action: 'TransactionEvent',
    request: {
      eventType: 'Started',
      timestamp: at,
      triggerReason: 'Authorized',
      seqNo: 0,
      offline: false,
      transactionInfo: { transactionId: 'f3b0e7c2-1f7a-4c38-9d5e-3c2b1a0f9e8d', chargingState: 'Charging' },
      idToken,
      evse: { id: 1, connectorId: 1 },
      meterValue: [{ timestamp: at, sampledValue: [{ value: 0, measurand: 'Energy.Active.Import.Register' }] }],
    },
    response: { idTokenInfo: { status: 'Accepted' } },
  },
  {
    action: 'MeterValues',
    request: { evseId: 1, meterValue: [{ timestamp: at, sampledValue: [{ value: 1234.5 }] }] },
    response: {},
  },
  {
    action: 'RequestStartTransaction',
    request: { idToken, remoteStartId: 7, evseId: 1 },
    response: { status: 'Accepted' },
  },
  { action: 'Reset', request: { type: 'Immediate' }, response: { status: 'Accepted' } },
  {
    action: 'SetVariables',
    request: {
      setVariableData: [
        { attributeValue: '300', component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } },
      ],
    },
    response: {
      setVariableResult: [
        { attributeStatus: 'Accepted', component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } },
      ],
    },
  },
  { action: 'DataTransfer', request: { vendorId: 'com.chargemesh' }, response: { status: 'Accepted' } },
];

export const SAMPLE_EXCHANGES: Readonly<Record<OcppVersion, readonly SampleExchange[]>> = {
  '1.6': V16_SAMPLES,
  '2.0.1': V201_SAMPLES,
};

/** A deep copy, so a test that mutates a payload (normalisation) cannot leak into another. */
export function samplePayload(
  version: OcppVersion,
  action: string,
  kind: 'request' | 'response',
): Record<string, unknown> {
  const sample = SAMPLE_EXCHANGES[version].find((candidate) => candidate.action === action);
  if (!sample) throw new Error(`no ${version} sample for ${action}`);
  return structuredClone(sample[kind]);
}
