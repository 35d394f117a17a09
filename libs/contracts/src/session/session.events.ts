import { z } from 'zod';
import { defineEvent } from '../envelope';
import { cdrReceiverSchema, cdrTokenRefSchema } from '../cdr/cdr.schemas';
import { ocpiIdSchema, ocpiObjectSchema, partyRefSchema } from '../tariff/tariff.schemas';

/*
 * `session` in these events is the OCPI Session without `cdr_token` (that is `cdrToken`, whose
 * personal fields stay in the vault). The CPO-side events carry the whole session as it stands, so
 * that the projection and the pushes to the eMSP need nothing else; `stationSeq` is the STATION
 * stream position the session was computed from, which makes replays of station facts no-ops.
 */

/** A station transaction became a session of a hosted CPO: where, whose token, which tariff (as it was at the start). */
export const ChargingSessionStartedV1 = defineEvent(
  'ChargingSessionStarted',
  1,
  z.object({
    cpo: partyRefSchema,
    sessionId: ocpiIdSchema,
    stationId: z.string().min(1),
    transactionId: z.string().min(1),
    /** The gateway's token reference, kept to look the owner up again while it is unknown. */
    stationTokenRef: z.uuid().optional(),
    cdrToken: cdrTokenRefSchema.optional(),
    receiver: cdrReceiverSchema,
    /** The OCPI Tariff in force at the start (priced with), absent when the EVSE has none. */
    tariff: ocpiObjectSchema.optional(),
    timeZone: z.string().min(1),
    /** The OCPI CdrLocation at the start, as the CDR will carry it. */
    cdrLocation: ocpiObjectSchema,
    session: ocpiObjectSchema,
    stationSeq: z.number().int().nonnegative(),
  }),
);

/** New meter readings or state: kWh, the live cost (estimateCostSoFar) and the charging periods that are closed. */
export const ChargingSessionUpdatedV1 = defineEvent('ChargingSessionUpdated', 1, z.object({ session: ocpiObjectSchema, stationSeq: z.number().int().nonnegative() }));

/** The transaction ended: the session with its final periods and cost (status COMPLETED). */
export const ChargingSessionCompletedV1 = defineEvent('ChargingSessionCompleted', 1, z.object({ session: ocpiObjectSchema, stationSeq: z.number().int().nonnegative() }));

/** The owner of the session's token became known after the start. */
export const ChargingSessionTokenResolvedV1 = defineEvent('ChargingSessionTokenResolved', 1, z.object({ cdrToken: cdrTokenRefSchema, receiver: cdrReceiverSchema }));

/** A CPO pushed (PUT) or updated (PATCH, already merged) a session to an eMSP hosted here. */
export const ReceivedSessionStoredV1 = defineEvent(
  'ReceivedSessionStored',
  1,
  z.object({
    receiver: partyRefSchema,
    owner: partyRefSchema,
    sessionId: ocpiIdSchema,
    method: z.enum(['PUT', 'PATCH']),
    session: ocpiObjectSchema,
    cdrToken: cdrTokenRefSchema,
  }),
);
