import { z } from 'zod';
import { defineEvent } from '../envelope';
import { oicpActionTypeSchema, oicpIdSchema, oicpObjectSchema, oicpStatusSchema, personalDataRefSchema, submissionBatchSchema } from './oicp.schemas';

/*
 * The CPO side of the OICP stream. A submission names the peers it is for (`targets`), decided when it
 * was accepted, so that replaying the stream delivers to the same peers. Identifications are kept out
 * of events (`identificationRef` points at erasable personal data in the oicp-peer database).
 */

const targets = z.array(z.string());
/** Present on the parts of a submission split over several events (see submissionBatchSchema). */
const batch = submissionBatchSchema.optional();

/** A hosted CPO published EVSE data records (ActionType as OICP defines it). */
export const EvseDataSubmittedV1 = defineEvent(
  'EvseDataSubmitted',
  1,
  z.object({ operatorId: oicpIdSchema, operatorName: z.string(), actionType: oicpActionTypeSchema, records: z.array(oicpObjectSchema), targets, batch }),
);

export const EvseStatusSubmittedV1 = defineEvent(
  'EvseStatusSubmitted',
  1,
  z.object({
    operatorId: oicpIdSchema,
    operatorName: z.string().optional(),
    actionType: oicpActionTypeSchema,
    records: z.array(z.object({ EvseID: oicpIdSchema, EvseStatus: z.string() })),
    targets,
    batch,
  }),
);

/** PricingProductData for one EMP or for all (`ProviderID: "*"`). */
export const PricingProductDataSubmittedV1 = defineEvent(
  'PricingProductDataSubmitted',
  1,
  z.object({ operatorId: oicpIdSchema, actionType: oicpActionTypeSchema, pricingProductData: oicpObjectSchema, targets, batch }),
);

export const EvsePricingSubmittedV1 = defineEvent(
  'EvsePricingSubmitted',
  1,
  z.object({ operatorId: oicpIdSchema, actionType: oicpActionTypeSchema, evsePricing: z.array(oicpObjectSchema), targets, batch }),
);

const sessionFacts = {
  sessionId: oicpIdSchema,
  operatorId: oicpIdSchema,
  evseId: oicpIdSchema.optional(),
  providerId: oicpIdSchema.optional(),
  /** The EMP peer that owns the session; absent when authorized locally from pushed authentication data. */
  peerId: z.string().optional(),
  cpoPartnerSessionId: z.string().optional(),
  empPartnerSessionId: z.string().optional(),
};

/** An EMP peer (or our copy of its authentication data) authorized a start; the SessionID is the EMP's. */
export const CpoSessionAuthorizedV1 = defineEvent(
  'CpoSessionAuthorized',
  1,
  z.object({ ...sessionFacts, authorizedBy: z.enum(['peer', 'authentication-data']), identificationRef: personalDataRefSchema }),
);

export const CpoSessionStopAuthorizedV1 = defineEvent('CpoSessionStopAuthorized', 1, z.object({ sessionId: oicpIdSchema, peerId: z.string().optional() }));

export const remoteCommandSchema = z.enum(['remote-start', 'remote-stop', 'reservation-start', 'reservation-stop']);
export type RemoteCommand = z.infer<typeof remoteCommandSchema>;

/** An EMP peer asked us (the CPO) to start, stop or reserve; recorded before the EVSE is asked. */
export const RemoteCommandReceivedV1 = defineEvent(
  'RemoteCommandReceived',
  1,
  z.object({
    sessionId: oicpIdSchema,
    command: remoteCommandSchema,
    peerId: z.string(),
    providerId: oicpIdSchema,
    operatorId: oicpIdSchema,
    evseId: oicpIdSchema,
    identificationRef: personalDataRefSchema.optional(),
    partnerProductId: z.string().optional(),
    empPartnerSessionId: z.string().optional(),
    durationMinutes: z.number().int().optional(),
  }),
);

/** What the CPO backend answered, and so what we answered the EMP. */
export const RemoteCommandAnsweredV1 = defineEvent(
  'RemoteCommandAnswered',
  1,
  z.object({ sessionId: oicpIdSchema, command: remoteCommandSchema, accepted: z.boolean(), statusCode: oicpStatusSchema }),
);

/** A charging notification to send to the session's EMP (Identification kept aside). */
export const ChargingNotificationSubmittedV1 = defineEvent(
  'ChargingNotificationSubmitted',
  1,
  z.object({
    sessionId: oicpIdSchema,
    type: z.enum(['Start', 'Progress', 'End', 'Error']),
    peerId: z.string(),
    notification: oicpObjectSchema,
    identificationRef: personalDataRefSchema.optional(),
  }),
);

/** The one CDR of a session, to deliver exactly once to the session's EMP peer. */
export const CdrSubmittedV1 = defineEvent(
  'CdrSubmitted',
  1,
  z.object({
    sessionId: oicpIdSchema,
    operatorId: oicpIdSchema,
    providerId: oicpIdSchema.optional(),
    peerId: z.string(),
    cdr: oicpObjectSchema,
    identificationRef: personalDataRefSchema,
    /** Digest of the complete CDR: a resubmission of the same CDR is recognised, a different one refused. */
    digest: z.string(),
  }),
);

/** The peer acknowledged (or finally refused) a one-shot message of the session. */
export const SessionDeliveryCompletedV1 = defineEvent(
  'SessionDeliveryCompleted',
  1,
  z.object({
    sessionId: oicpIdSchema,
    operation: z.string(),
    peerId: z.string(),
    outcome: z.enum(['delivered', 'refused']),
    statusCode: oicpStatusSchema.optional(),
    attempts: z.number().int().min(1),
  }),
);

/** An EMP peer pushed authentication data (the records themselves are personal data, kept aside). */
export const AuthenticationDataReceivedV1 = defineEvent(
  'AuthenticationDataReceived',
  1,
  z.object({ providerId: oicpIdSchema, peerId: z.string(), actionType: oicpActionTypeSchema, recordsRef: personalDataRefSchema, recordCount: z.number().int().min(0) }),
);
