import { z } from 'zod';
import { defineEvent } from '../envelope';
import {
  authorizationStatusSchema,
  connectorStatusSchema,
  meterValueSchema,
  ocppVersionSchema,
  partyRefSchema,
  registrationStatusSchema,
  securityProfileSchema,
  stationIdSchema,
  tokenRefSchema,
} from './station.schemas';

/*
 * Events of the STATION stream, subject `<ns>.station.station.<encodedId>` (one subject per
 * station keeps its order). They are version-independent where other services need meaning
 * (registration, status, transactions); every other message a station sends is one
 * StationMessageReceived. No event carries a driver token value or a password: tokens travel as
 * references (see tokenRefSchema). Evse and connector ids follow 2.0.1; a 1.6 connector N is
 * EVSE N with connector 1, and 1.6 connector 0 (the whole station) is EVSE 0, connector 0.
 */

const iso = z.iso.datetime({ offset: true });
const transactionIdSchema = z.string().min(1).max(36);

/** An admin put the station under a CPO party; it may connect from now on. */
export const StationProvisionedV1 = defineEvent(
  'StationProvisioned',
  1,
  z.object({ stationId: stationIdSchema, party: partyRefSchema, securityProfile: securityProfileSchema, registrationPolicy: registrationStatusSchema }),
);

/** An admin changed how the station must connect or how its BootNotification is answered. */
export const StationSettingsChangedV1 = defineEvent(
  'StationSettingsChanged',
  1,
  z.object({ securityProfile: securityProfileSchema, registrationPolicy: registrationStatusSchema }),
);

/** The station's Basic auth password changed (the password itself is kept hashed in the gateway's database only). */
export const StationPasswordChangedV1 = defineEvent('StationPasswordChanged', 1, z.object({ source: z.enum(['admin', 'station-command']) }));

const connectionFields = { connectionId: z.uuid(), instanceId: z.string().min(1) };

export const StationConnectedV1 = defineEvent(
  'StationConnected',
  1,
  z.object({ ...connectionFields, ocppVersion: ocppVersionSchema, securityProfile: securityProfileSchema }),
);

/** A connection ended. Projections compare connectionId: a newer connection may already have been announced. */
export const StationDisconnectedV1 = defineEvent(
  'StationDisconnected',
  1,
  z.object({
    ...connectionFields,
    reason: z.enum(['closed', 'replaced', 'unresponsive', 'shutdown', 'error']),
    code: z.number().int().optional(),
  }),
);

/** BootNotification and our answer, which is the station's registration status until the next boot. */
export const StationBootedV1 = defineEvent(
  'StationBooted',
  1,
  z.object({
    ocppVersion: ocppVersionSchema,
    registrationStatus: registrationStatusSchema,
    interval: z.number().int().nonnegative(),
    reason: z.string().optional(),
    vendorName: z.string(),
    model: z.string(),
    serialNumber: z.string().optional(),
    firmwareVersion: z.string().optional(),
  }),
);

export const ConnectorStatusChangedV1 = defineEvent(
  'ConnectorStatusChanged',
  1,
  z.object({
    evseId: z.number().int().nonnegative(),
    connectorId: z.number().int().nonnegative(),
    status: connectorStatusSchema,
    /** The status exactly as the station's version names it (1.6 Charging, 2.0.1 Occupied, …). */
    ocppStatus: z.string(),
    errorCode: z.string().optional(),
    info: z.string().optional(),
    timestamp: iso,
  }),
);

/** An Authorize request and the answer given, with where the answer came from. */
export const TokenAuthorizationCheckedV1 = defineEvent(
  'TokenAuthorizationChecked',
  1,
  z.object({
    ocppVersion: ocppVersionSchema,
    token: tokenRefSchema,
    status: authorizationStatusSchema,
    source: z.enum(['authority', 'local-list', 'unknown', 'not-required']),
  }),
);

const transactionFields = {
  stationId: stationIdSchema,
  transactionId: transactionIdSchema,
  ocppVersion: ocppVersionSchema,
  /** True when the station reports it happened while it was offline (2.0.1 `offline`; 1.6 when the timestamp is older than the connection). */
  offline: z.boolean(),
  /** 2.0.1 seqNo; absent in 1.6. */
  seqNo: z.number().int().nonnegative().optional(),
  meterValues: z.array(meterValueSchema),
};
const seqNoGapSchema = z.object({ expected: z.number().int().nonnegative(), received: z.number().int().nonnegative() });
/** Missing 2.0.1 seqNos as inclusive ranges (a station that jumps far must not blow up an event). */
export const seqNoRangeSchema = z.object({ from: z.number().int().nonnegative(), to: z.number().int().nonnegative() });

export const TransactionStartedV1 = defineEvent(
  'TransactionStarted',
  1,
  z.object({
    ...transactionFields,
    evseId: z.number().int().nonnegative(),
    connectorId: z.number().int().nonnegative(),
    startedAt: iso,
    token: tokenRefSchema.optional(),
    authorizationStatus: authorizationStatusSchema.optional(),
    triggerReason: z.string().optional(),
    chargingState: z.string().optional(),
    remoteStartId: z.number().int().optional(),
    reservationId: z.number().int().optional(),
  }),
);

export const TransactionUpdatedV1 = defineEvent(
  'TransactionUpdated',
  1,
  z.object({
    ...transactionFields,
    evseId: z.number().int().nonnegative().optional(),
    connectorId: z.number().int().nonnegative().optional(),
    timestamp: iso,
    token: tokenRefSchema.optional(),
    triggerReason: z.string().optional(),
    chargingState: z.string().optional(),
    /** Set when this event's seqNo skipped numbers that have not arrived. */
    seqNoGap: seqNoGapSchema.optional(),
  }),
);

export const TransactionEndedV1 = defineEvent(
  'TransactionEnded',
  1,
  z.object({
    ...transactionFields,
    evseId: z.number().int().nonnegative().optional(),
    connectorId: z.number().int().nonnegative().optional(),
    endedAt: iso,
    token: tokenRefSchema.optional(),
    stoppedReason: z.string().optional(),
    triggerReason: z.string().optional(),
    /** 2.0.1 seqNos between the transaction's first and last event that never arrived. */
    missingSeqNos: z.array(seqNoRangeSchema),
    /** False when the gateway had no record of the transaction starting (e.g. a 1.6 stop for an id we never issued). */
    startKnown: z.boolean(),
  }),
);

/** Every other message a station sent: Heartbeat, firmware/log/security notifications, reports, DataTransfer, … */
export const StationMessageReceivedV1 = defineEvent(
  'StationMessageReceived',
  1,
  z.object({ ocppVersion: ocppVersionSchema, action: z.string().min(1), messageId: z.string().min(1).max(36), payload: z.unknown() }),
);

/** A command sent to the station through `cmd.station.<id>`, and how it ended. Token values and passwords are redacted. */
export const StationCommandExecutedV1 = defineEvent(
  'StationCommandExecuted',
  1,
  z.object({
    ocppVersion: ocppVersionSchema,
    commandId: z.string().min(1).max(36),
    action: z.string().min(1),
    request: z.unknown(),
    outcome: z.enum(['Completed', 'CallError', 'Timeout', 'InvalidResponse', 'Disconnected']),
    response: z.unknown().optional(),
    error: z.object({ code: z.string(), description: z.string() }).optional(),
    sentAt: iso,
  }),
);

/** An entry of the gateway's local authorisation list (aggregate `local-authorization`, id = token reference). */
export const LocalAuthorizationSetV1 = defineEvent(
  'LocalAuthorizationSet',
  1,
  z.object({ token: tokenRefSchema, status: authorizationStatusSchema, expiresAt: iso.optional(), groupToken: tokenRefSchema.optional() }),
);

export const LocalAuthorizationRemovedV1 = defineEvent('LocalAuthorizationRemoved', 1, z.object({ token: tokenRefSchema }));
