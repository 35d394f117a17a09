import { z } from 'zod';
import { defineEvent } from '../envelope';
import { oicpActionTypeSchema, oicpIdSchema, oicpObjectSchema, oicpStatusSchema, personalDataRefSchema, submissionBatchSchema } from './oicp.schemas';
import { remoteCommandSchema } from './cpo.events';

/* The EMP side of the OICP stream: what CPO peers pushed to us, and our sessions with them. */

/** `batch`: present on the parts of a push or pull split over several events (see submissionBatchSchema). */
const received = { peerId: z.string(), operatorId: oicpIdSchema, actionType: oicpActionTypeSchema, batch: submissionBatchSchema.optional() };

export const EvseDataReceivedV1 = defineEvent(
  'EvseDataReceived',
  1,
  z.object({ ...received, operatorName: z.string().optional(), records: z.array(oicpObjectSchema), via: z.enum(['push', 'pull']) }),
);

export const EvseStatusReceivedV1 = defineEvent(
  'EvseStatusReceived',
  1,
  z.object({ ...received, records: z.array(z.object({ EvseID: oicpIdSchema, EvseStatus: z.string() })), via: z.enum(['push', 'pull']) }),
);

export const PricingProductDataReceivedV1 = defineEvent('PricingProductDataReceived', 1, z.object({ ...received, pricingProductData: oicpObjectSchema }));

export const EvsePricingReceivedV1 = defineEvent('EvsePricingReceived', 1, z.object({ ...received, evsePricing: z.array(oicpObjectSchema) }));

/** We (the EMP) authorized a start at a CPO peer's EVSE and minted (or took Hubject's) SessionID. */
export const EmpSessionAuthorizedV1 = defineEvent(
  'EmpSessionAuthorized',
  1,
  z.object({
    sessionId: oicpIdSchema,
    providerId: oicpIdSchema,
    operatorId: oicpIdSchema,
    evseId: oicpIdSchema.optional(),
    peerId: z.string(),
    identificationRef: personalDataRefSchema,
    cpoPartnerSessionId: z.string().optional(),
  }),
);

export const EmpSessionStopAuthorizedV1 = defineEvent('EmpSessionStopAuthorized', 1, z.object({ sessionId: oicpIdSchema, peerId: z.string() }));

/**
 * We are about to ask a CPO peer to start, stop or reserve. Recorded before the call, with the SessionID
 * we minted, so a call that times out still leaves a session that later notifications and the CDR join.
 */
export const RemoteCommandRequestedV1 = defineEvent(
  'RemoteCommandRequested',
  1,
  z.object({
    sessionId: oicpIdSchema,
    command: remoteCommandSchema,
    providerId: oicpIdSchema,
    operatorId: oicpIdSchema,
    evseId: oicpIdSchema,
    peerId: z.string(),
    identificationRef: personalDataRefSchema.optional(),
    durationMinutes: z.number().int().optional(),
  }),
);

export const RemoteCommandOutcomeRecordedV1 = defineEvent(
  'RemoteCommandOutcomeRecorded',
  1,
  z.object({
    sessionId: oicpIdSchema,
    command: remoteCommandSchema,
    outcome: z.enum(['accepted', 'rejected', 'timed-out', 'failed']),
    statusCode: oicpStatusSchema,
  }),
);

export const ChargingNotificationReceivedV1 = defineEvent(
  'ChargingNotificationReceived',
  1,
  z.object({
    sessionId: oicpIdSchema,
    type: z.enum(['Start', 'Progress', 'End', 'Error']),
    peerId: z.string(),
    operatorId: oicpIdSchema,
    evseId: oicpIdSchema,
    notification: oicpObjectSchema,
    identificationRef: personalDataRefSchema.optional(),
  }),
);

/** A CDR received (pushed or pulled); one per SessionID and CPO, later copies are acknowledged and dropped. */
export const CdrReceivedV1 = defineEvent(
  'CdrReceived',
  1,
  z.object({
    sessionId: oicpIdSchema,
    peerId: z.string(),
    operatorId: oicpIdSchema,
    evseId: oicpIdSchema,
    cdr: oicpObjectSchema,
    identificationRef: personalDataRefSchema,
    digest: z.string(),
    via: z.enum(['push', 'pull']),
  }),
);

/** A hosted EMP replaced, extended or pruned the identifications it accepts (records kept aside). */
export const EmpAuthenticationDataSubmittedV1 = defineEvent(
  'EmpAuthenticationDataSubmitted',
  1,
  z.object({ providerId: oicpIdSchema, actionType: oicpActionTypeSchema, recordsRef: personalDataRefSchema, recordCount: z.number().int().min(0), targets: z.array(z.string()) }),
);
