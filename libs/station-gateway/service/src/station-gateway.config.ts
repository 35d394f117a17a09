import { envBoolean, envPort, platformConfigSchema } from '@chargemesh/platform-config';
import { z } from 'zod';

const seconds = (defaultValue: number) => z.coerce.number().int().min(0).max(86_400).default(defaultValue);
const milliseconds = (defaultValue: number, max = 600_000) => z.coerce.number().int().min(1).max(max).default(defaultValue);

export const stationGatewayConfigSchema = platformConfigSchema.extend({
  STATION_GATEWAY_HTTP_PORT: envPort(8081),
  /** Heartbeat interval given to Accepted stations in the BootNotification answer. */
  OCPP_HEARTBEAT_INTERVAL_S: seconds(300),
  /** Interval given to Pending and Rejected stations: the minimum wait before they boot again. */
  OCPP_BOOT_RETRY_INTERVAL_S: seconds(60),
  /** WebSocket ping interval (0: no pings); a station missing two pongs in a row is disconnected. */
  OCPP_PING_INTERVAL_S: seconds(30),
  /** Default time-out of our CALLs to stations (commands), queueing included. */
  OCPP_CALL_TIMEOUT_MS: milliseconds(30_000, 300_000),
  /** Frames above this size close the connection with 1009 before they are read. */
  OCPP_MAX_FRAME_BYTES: z.coerce.number().int().min(4_096).max(16 * 1024 * 1024).default(512 * 1024),
  /** CALLs a station may have queued behind the one being handled; beyond it the station is disconnected (1008). */
  OCPP_MAX_QUEUED_CALLS: z.coerce.number().int().min(1).max(10_000).default(100),
  /** permessage-deflate (RFC 7692, required for a 2.0.1 CSMS) with small windows and no context takeover. */
  OCPP_PERMESSAGE_DEFLATE: envBoolean(true),
  /** How long Authorize waits for `cmd.token-authority.authorize` before using the local list. */
  OCPP_TOKEN_AUTHORITY_TIMEOUT_MS: milliseconds(1_500, 30_000),
  /** DataTransfer vendor ids this CSMS accepts (comma-separated); others get UnknownVendorId. */
  OCPP_DATA_TRANSFER_VENDORS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((vendor) => vendor.trim()).filter(Boolean)),
  /** How long a connecting station may wait for the gateway's view of it to catch up with its last event. */
  OCPP_CONNECT_STATE_TIMEOUT_MS: milliseconds(5_000, 60_000),
  /** Optional TLS listener for security profiles 2 and 3 (PEM files); the plain HTTP port serves profile 1. */
  OCPP_TLS_PORT: envPort(0),
  OCPP_TLS_CERT_FILE: z.string().optional(),
  OCPP_TLS_KEY_FILE: z.string().optional(),
  /** CA bundle for client certificates (profile 3); without it profile 3 stations cannot connect. */
  OCPP_TLS_CLIENT_CA_FILE: z.string().optional(),
}).superRefine((config, context) => {
  if (config.OCPP_TLS_PORT > 0 && (!config.OCPP_TLS_CERT_FILE || !config.OCPP_TLS_KEY_FILE)) {
    context.addIssue({ code: 'custom', path: ['OCPP_TLS_CERT_FILE'], message: 'OCPP_TLS_PORT needs OCPP_TLS_CERT_FILE and OCPP_TLS_KEY_FILE' });
  }
});

export type StationGatewayConfig = z.infer<typeof stationGatewayConfigSchema>;
