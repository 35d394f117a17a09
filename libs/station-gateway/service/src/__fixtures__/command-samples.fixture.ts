/** One command of the list with a payload the OCA schema accepts and an answer a station could give. */
export interface CommandSample {
  readonly action: string;
  readonly request: Record<string, unknown>;
  readonly response: Record<string, unknown>;
}

const at = '2026-12-01T10:00:00.000Z';
const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----';
const hashData = { hashAlgorithm: 'SHA256', issuerNameHash: 'a1', issuerKeyHash: 'b2', serialNumber: '01' };
const heartbeatVariable = { component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } };

/** Transactions, station control, configuration, smart charging, local list and reservations, maintenance and certificates (2.0.1). */
export const V201_COMMANDS: CommandSample[] = [
  { action: 'RequestStartTransaction', request: { idToken: { idToken: 'RFID-CMD', type: 'ISO14443' }, remoteStartId: 7, evseId: 1 }, response: { status: 'Accepted' } },
  { action: 'RequestStopTransaction', request: { transactionId: 'TX-CMD' }, response: { status: 'Accepted' } },
  { action: 'Reset', request: { type: 'Immediate' }, response: { status: 'Accepted' } },
  { action: 'UnlockConnector', request: { evseId: 1, connectorId: 1 }, response: { status: 'Unlocked' } },
  { action: 'ChangeAvailability', request: { operationalStatus: 'Inoperative', evse: { id: 1 } }, response: { status: 'Accepted' } },
  { action: 'TriggerMessage', request: { requestedMessage: 'Heartbeat' }, response: { status: 'Accepted' } },
  { action: 'GetVariables', request: { getVariableData: [heartbeatVariable] }, response: { getVariableResult: [{ ...heartbeatVariable, attributeStatus: 'Accepted', attributeValue: '300' }] } },
  { action: 'SetVariables', request: { setVariableData: [{ ...heartbeatVariable, attributeValue: '60' }] }, response: { setVariableResult: [{ ...heartbeatVariable, attributeStatus: 'Accepted' }] } },
  {
    action: 'SetChargingProfile',
    request: {
      evseId: 1,
      chargingProfile: {
        id: 1,
        stackLevel: 0,
        chargingProfilePurpose: 'TxDefaultProfile',
        chargingProfileKind: 'Absolute',
        chargingSchedule: [{ id: 1, chargingRateUnit: 'W', startSchedule: at, chargingSchedulePeriod: [{ startPeriod: 0, limit: 11_000 }] }],
      },
    },
    response: { status: 'Accepted' },
  },
  { action: 'ClearChargingProfile', request: { chargingProfileId: 1 }, response: { status: 'Accepted' } },
  { action: 'GetCompositeSchedule', request: { duration: 3600, evseId: 1 }, response: { status: 'Accepted' } },
  {
    action: 'SendLocalList',
    request: { versionNumber: 2, updateType: 'Full', localAuthorizationList: [{ idToken: { idToken: 'RFID-LIST', type: 'ISO14443' }, idTokenInfo: { status: 'Accepted' } }] },
    response: { status: 'Accepted' },
  },
  { action: 'GetLocalListVersion', request: {}, response: { versionNumber: 2 } },
  { action: 'ReserveNow', request: { id: 3, expiryDateTime: at, idToken: { idToken: 'RFID-CMD', type: 'ISO14443' }, evseId: 1 }, response: { status: 'Accepted' } },
  { action: 'CancelReservation', request: { reservationId: 3 }, response: { status: 'Accepted' } },
  { action: 'UpdateFirmware', request: { requestId: 1, firmware: { location: 'https://firmware.example.com/v2.bin', retrieveDateTime: at } }, response: { status: 'Accepted' } },
  { action: 'GetLog', request: { logType: 'DiagnosticsLog', requestId: 2, log: { remoteLocation: 'https://logs.example.com/upload' } }, response: { status: 'Accepted' } },
  { action: 'InstallCertificate', request: { certificateType: 'CSMSRootCertificate', certificate: pem }, response: { status: 'Accepted' } },
  { action: 'DeleteCertificate', request: { certificateHashData: hashData }, response: { status: 'Accepted' } },
  { action: 'GetInstalledCertificateIds', request: {}, response: { status: 'Accepted' } },
  { action: 'CertificateSigned', request: { certificateChain: pem }, response: { status: 'Accepted' } },
];

/** The same list in 1.6 (core plus the Security Whitepaper messages). */
export const V16_COMMANDS: CommandSample[] = [
  { action: 'RemoteStartTransaction', request: { idTag: 'TAG-CMD', connectorId: 1 }, response: { status: 'Accepted' } },
  { action: 'RemoteStopTransaction', request: { transactionId: 17 }, response: { status: 'Accepted' } },
  { action: 'Reset', request: { type: 'Soft' }, response: { status: 'Accepted' } },
  { action: 'UnlockConnector', request: { connectorId: 1 }, response: { status: 'Unlocked' } },
  { action: 'ChangeAvailability', request: { connectorId: 0, type: 'Inoperative' }, response: { status: 'Accepted' } },
  { action: 'TriggerMessage', request: { requestedMessage: 'Heartbeat' }, response: { status: 'Accepted' } },
  { action: 'GetConfiguration', request: { key: ['HeartbeatInterval'] }, response: { configurationKey: [{ key: 'HeartbeatInterval', readonly: false, value: '300' }] } },
  { action: 'ChangeConfiguration', request: { key: 'HeartbeatInterval', value: '60' }, response: { status: 'Accepted' } },
  {
    action: 'SetChargingProfile',
    request: {
      connectorId: 1,
      csChargingProfiles: {
        chargingProfileId: 1,
        stackLevel: 0,
        chargingProfilePurpose: 'TxDefaultProfile',
        chargingProfileKind: 'Absolute',
        chargingSchedule: { chargingRateUnit: 'A', chargingSchedulePeriod: [{ startPeriod: 0, limit: 16 }] },
      },
    },
    response: { status: 'Accepted' },
  },
  { action: 'ClearChargingProfile', request: { id: 1 }, response: { status: 'Accepted' } },
  { action: 'GetCompositeSchedule', request: { connectorId: 1, duration: 3600 }, response: { status: 'Accepted' } },
  { action: 'SendLocalList', request: { listVersion: 2, updateType: 'Full', localAuthorizationList: [{ idTag: 'TAG-LIST', idTagInfo: { status: 'Accepted' } }] }, response: { status: 'Accepted' } },
  { action: 'GetLocalListVersion', request: {}, response: { listVersion: 2 } },
  { action: 'ReserveNow', request: { connectorId: 1, expiryDate: at, idTag: 'TAG-CMD', reservationId: 3 }, response: { status: 'Accepted' } },
  { action: 'CancelReservation', request: { reservationId: 3 }, response: { status: 'Accepted' } },
  { action: 'UpdateFirmware', request: { location: 'https://firmware.example.com/v2.bin', retrieveDate: at }, response: {} },
  { action: 'GetDiagnostics', request: { location: 'ftp://logs.example.com/upload' }, response: {} },
  { action: 'GetLog', request: { logType: 'DiagnosticsLog', requestId: 2, log: { remoteLocation: 'https://logs.example.com/upload' } }, response: { status: 'Accepted' } },
  {
    action: 'SignedUpdateFirmware',
    request: { requestId: 1, firmware: { location: 'https://firmware.example.com/v2.bin', retrieveDateTime: at, signingCertificate: pem, signature: 'c2lnbmF0dXJl' } },
    response: { status: 'Accepted' },
  },
  { action: 'InstallCertificate', request: { certificateType: 'CentralSystemRootCertificate', certificate: pem }, response: { status: 'Accepted' } },
  { action: 'DeleteCertificate', request: { certificateHashData: hashData }, response: { status: 'Accepted' } },
  { action: 'GetInstalledCertificateIds', request: { certificateType: 'CentralSystemRootCertificate' }, response: { status: 'Accepted' } },
  { action: 'CertificateSigned', request: { certificateChain: pem }, response: { status: 'Accepted' } },
  { action: 'ExtendedTriggerMessage', request: { requestedMessage: 'StatusNotification' }, response: { status: 'Accepted' } },
];
