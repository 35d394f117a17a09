import { z } from 'zod';
import {
  authorizationStatusSchema,
  connectorStatusSchema,
  ocppVersionSchema,
  partyRefSchema,
  registrationStatusSchema,
  securityProfileSchema,
  stationIdSchema,
  tokenRefSchema,
} from './station.schemas';

/** Request/reply actions of the gateway (`<ns>.cmd.station-gateway.<action>`); station commands use `cmd.station.<id>`. */
export const STATION_GATEWAY_ACTIONS = {
  provisionStation: 'provision-station',
  setStationPassword: 'set-station-password',
  changeStationSettings: 'change-station-settings',
  getStation: 'get-station',
  listStations: 'list-stations',
  listTransactions: 'list-transactions',
  setLocalAuthorization: 'set-local-authorization',
  removeLocalAuthorization: 'remove-local-authorization',
  /** Gives the raw token behind a reference found in an event (e.g. for an OCPI session's cdr_token). */
  resolveTokenRef: 'resolve-token-ref',
} as const;

export const TOKEN_AUTHORITY_ACTIONS = { authorize: 'authorize' } as const;

export const STATION_ERRORS = {
  notFound: 'STATION.NOT_FOUND',
  alreadyProvisioned: 'STATION.ALREADY_PROVISIONED',
  invalidParty: 'STATION.INVALID_PARTY',
  /** Nobody holds the station's socket (NATS "no responders"), or it dropped while the command waited. */
  offline: 'STATION.OFFLINE',
  /** The station answered with a CALLERROR; the message names its code. */
  callError: 'STATION.CALL_ERROR',
  timeout: 'STATION.TIMEOUT',
  invalidCommand: 'STATION.INVALID_COMMAND',
  unsupportedAction: 'STATION.INVALID_ACTION',
  /** Registration gating: e.g. RequestStartTransaction while Pending, anything but TriggerMessage(BootNotification) while Rejected. */
  notAccepted: 'STATION.NOT_ACCEPTED',
  invalidResponse: 'STATION.BAD_RESPONSE',
  busy: 'STATION.BUSY',
  tokenRefNotFound: 'STATION.NOT_FOUND_TOKEN_REF',
} as const;

/**
 * A Basic auth password for security profiles 1 and 2: `password` is UTF-8 text of 16-40
 * characters (2.0.1 BasicAuthPassword); `passwordHex` is a 1.6 AuthorizationKey of 16-20 raw
 * bytes written as 32-40 hex digits. Exactly one of the two.
 */
export const stationPasswordSchema = z
  .object({
    password: z.string().min(16).max(40).optional(),
    passwordHex: z
      .string()
      .regex(/^([0-9a-fA-F]{2}){16,20}$/, '32-40 hex digits (16-20 bytes)')
      .optional(),
  })
  .refine((value) => (value.password === undefined) !== (value.passwordHex === undefined), 'give exactly one of password and passwordHex');
export type StationPassword = z.infer<typeof stationPasswordSchema>;

export const provisionStationRequestSchema = z
  .object({
    stationId: stationIdSchema,
    party: partyRefSchema,
    securityProfile: securityProfileSchema,
    /** How BootNotification is answered: Accepted (default), Pending (onboarding) or Rejected. */
    registrationPolicy: registrationStatusSchema.default('Accepted'),
    password: z.string().min(16).max(40).optional(),
    passwordHex: z
      .string()
      .regex(/^([0-9a-fA-F]{2}){16,20}$/)
      .optional(),
  })
  .refine((value) => value.securityProfile === 3 || (value.password === undefined) !== (value.passwordHex === undefined), {
    message: 'security profiles 1 and 2 need exactly one of password and passwordHex',
    path: ['password'],
  });
export type ProvisionStationRequest = z.infer<typeof provisionStationRequestSchema>;

export const setStationPasswordRequestSchema = z.object({ stationId: stationIdSchema }).and(stationPasswordSchema);
export type SetStationPasswordRequest = z.infer<typeof setStationPasswordRequestSchema>;

export const changeStationSettingsRequestSchema = z.object({
  stationId: stationIdSchema,
  securityProfile: securityProfileSchema.optional(),
  registrationPolicy: registrationStatusSchema.optional(),
});
export type ChangeStationSettingsRequest = z.infer<typeof changeStationSettingsRequestSchema>;

export const getStationRequestSchema = z.object({ stationId: stationIdSchema });
export const listStationsRequestSchema = z.object({
  countryCode: z.string().length(2).optional(),
  partyId: z.string().length(3).optional(),
  online: z.boolean().optional(),
  limit: z.number().int().min(1).max(1000).default(100),
  /** Keyset pagination: station ids after this one. */
  after: z.string().optional(),
});
export type ListStationsRequest = z.infer<typeof listStationsRequestSchema>;
export const listTransactionsRequestSchema = z.object({ stationId: stationIdSchema, open: z.boolean().optional() });

/** `cmd.station.<id>`: an OCPP action of the station's version with its payload; the reply is the station's CALLRESULT payload. */
export const stationCommandRequestSchema = z.object({
  action: z.string().min(1).max(64),
  payload: z.record(z.string(), z.unknown()).default({}),
  /** How long to wait for the station, queueing included (default: the gateway's OCPP_CALL_TIMEOUT_MS). */
  timeoutMs: z.number().int().min(100).max(300_000).optional(),
});
export type StationCommandRequest = z.infer<typeof stationCommandRequestSchema>;

export const connectorViewSchema = z.object({
  evseId: z.number(),
  connectorId: z.number(),
  status: connectorStatusSchema,
  ocppStatus: z.string(),
  errorCode: z.string().optional(),
  updatedAt: z.string(),
});

export const transactionViewSchema = z.object({
  transactionId: z.string(),
  ocppVersion: ocppVersionSchema,
  evseId: z.number().optional(),
  connectorId: z.number().optional(),
  token: tokenRefSchema.optional(),
  startedAt: z.string().optional(),
  endedAt: z.string().optional(),
  open: z.boolean(),
  lastSeqNo: z.number().optional(),
  missingSeqNos: z.array(z.object({ from: z.number(), to: z.number() })),
  lastMeterValues: z.array(z.unknown()),
  stoppedReason: z.string().optional(),
  offline: z.boolean(),
});
export type TransactionView = z.infer<typeof transactionViewSchema>;

export const stationViewSchema = z.object({
  stationId: z.string(),
  party: partyRefSchema,
  securityProfile: securityProfileSchema,
  registrationPolicy: registrationStatusSchema,
  registrationStatus: registrationStatusSchema.optional(),
  ocppVersion: ocppVersionSchema.optional(),
  vendorName: z.string().optional(),
  model: z.string().optional(),
  serialNumber: z.string().optional(),
  firmwareVersion: z.string().optional(),
  online: z.boolean(),
  connectedAt: z.string().optional(),
  lastSeenAt: z.string().optional(),
  provisionedAt: z.string(),
  connectors: z.array(connectorViewSchema),
  openTransactions: z.array(transactionViewSchema),
});
export type StationView = z.infer<typeof stationViewSchema>;

const idTokenSchema = z.object({ value: z.string().min(1).max(36), type: z.string().min(1).max(20).optional() });
export type IdTokenValue = z.infer<typeof idTokenSchema>;

export const setLocalAuthorizationRequestSchema = z.object({
  idToken: idTokenSchema,
  status: authorizationStatusSchema,
  expiresAt: z.iso.datetime({ offset: true }).optional(),
  groupIdToken: idTokenSchema.optional(),
});
export type SetLocalAuthorizationRequest = z.infer<typeof setLocalAuthorizationRequestSchema>;
export const removeLocalAuthorizationRequestSchema = z.object({ idToken: idTokenSchema });

export const resolveTokenRefRequestSchema = z.object({ ref: z.uuid() });
export const resolvedTokenSchema = z.object({ ref: z.uuid(), value: z.string(), type: z.string().optional() });

/**
 * `<ns>.cmd.token-authority.authorize`: the real-time authorisation hook. The gateway asks first,
 * with a short time-out; without an answer it falls back to its local authorisation list.
 */
export const tokenAuthorityRequestSchema = z.object({
  stationId: stationIdSchema,
  party: partyRefSchema,
  ocppVersion: ocppVersionSchema,
  idToken: idTokenSchema,
  evseId: z.number().int().optional(),
  /** What the token is checked for: an Authorize, or a transaction started or stopped with it. */
  purpose: z.enum(['authorize', 'start', 'stop', 'update']),
});
export type TokenAuthorityRequest = z.infer<typeof tokenAuthorityRequestSchema>;

export const tokenAuthorityResponseSchema = z.object({
  status: authorizationStatusSchema,
  expiresAt: z.iso.datetime({ offset: true }).optional(),
  groupIdToken: idTokenSchema.optional(),
});
export type TokenAuthorityResponse = z.infer<typeof tokenAuthorityResponseSchema>;
