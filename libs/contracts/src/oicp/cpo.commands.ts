import { z } from 'zod';
import { oicpActionTypeSchema, oicpIdSchema, oicpObjectSchema, oicpStatusSchema } from './oicp.schemas';

/*
 * What other services of this platform (the station gateway, the OCPI side, tariff-cdr) hand the
 * oicp-peer on the CPO side. OICP objects are checked against OICP 2.3 by the oicp-peer; a bad one is
 * REQUEST.INVALID with the field named.
 */

export const pushEvseDataRequestSchema = z.object({ operatorId: oicpIdSchema, actionType: oicpActionTypeSchema, records: z.array(oicpObjectSchema) });
export type PushEvseDataCommand = z.infer<typeof pushEvseDataRequestSchema>;

export const pushEvseStatusRequestSchema = z.object({
  operatorId: oicpIdSchema,
  actionType: oicpActionTypeSchema,
  records: z.array(z.object({ EvseID: oicpIdSchema, EvseStatus: z.string() })),
});
export type PushEvseStatusCommand = z.infer<typeof pushEvseStatusRequestSchema>;

export const pushPricingProductDataRequestSchema = z.object({ operatorId: oicpIdSchema, actionType: oicpActionTypeSchema, pricingProductData: oicpObjectSchema });
export type PushPricingProductDataCommand = z.infer<typeof pushPricingProductDataRequestSchema>;

export const pushEvsePricingRequestSchema = z.object({ operatorId: oicpIdSchema, actionType: oicpActionTypeSchema, evsePricing: z.array(oicpObjectSchema) });
export type PushEvsePricingCommand = z.infer<typeof pushEvsePricingRequestSchema>;

/**
 * The answer to every push: which peers it will be delivered to, in order, one at a time per peer.
 * `eventId` is the first event recorded; `eventIds` lists every event when the submission was too large
 * for one (a fullLoad of thousands of EVSEs) and was recorded in parts.
 */
export const submissionResultSchema = z.object({ eventId: z.string(), eventIds: z.array(z.string()).optional(), targets: z.array(z.string()) });
export type SubmissionResult = z.infer<typeof submissionResultSchema>;

export const authorizeStartCommandSchema = z.object({
  operatorId: oicpIdSchema,
  evseId: oicpIdSchema.optional(),
  identification: oicpObjectSchema,
  cpoPartnerSessionId: z.string().max(250).optional(),
  partnerProductId: z.string().max(100).optional(),
});
export type AuthorizeStartCommand = z.infer<typeof authorizeStartCommandSchema>;

export const authorizeStopCommandSchema = z.object({
  operatorId: oicpIdSchema,
  sessionId: oicpIdSchema,
  evseId: oicpIdSchema.optional(),
  identification: oicpObjectSchema,
  cpoPartnerSessionId: z.string().max(250).optional(),
});
export type AuthorizeStopCommand = z.infer<typeof authorizeStopCommandSchema>;

/** Authorized or not; when authorized, the SessionID the EMP minted and who it was. */
export const authorizationResultSchema = z.object({
  authorizationStatus: z.enum(['Authorized', 'NotAuthorized']),
  statusCode: oicpStatusSchema,
  sessionId: z.string().optional(),
  providerId: z.string().optional(),
  peerId: z.string().optional(),
  empPartnerSessionId: z.string().optional(),
  stopIdentifications: z.array(oicpObjectSchema).optional(),
  /** Peers asked, and how each answered (Authorized, NotAuthorized, timed-out, failed). */
  answers: z.array(z.object({ peerId: z.string(), answer: z.string() })),
});
export type AuthorizationResult = z.infer<typeof authorizationResultSchema>;

/** An OICP ChargingNotification (Start, Progress, End or Error) of a session the oicp-peer knows. */
export const sendChargingNotificationCommandSchema = z.object({ notification: oicpObjectSchema });

/** An OICP ChargeDetailRecord; `providerId` routes a CDR of a session the oicp-peer never saw authorized. */
export const sendChargeDetailRecordCommandSchema = z.object({ operatorId: oicpIdSchema, cdr: oicpObjectSchema, providerId: oicpIdSchema.optional() });
export type SendChargeDetailRecordCommand = z.infer<typeof sendChargeDetailRecordCommandSchema>;

export const sessionSubmissionResultSchema = z.object({ sessionId: z.string(), peerId: z.string(), duplicate: z.boolean() });
export type SessionSubmissionResult = z.infer<typeof sessionSubmissionResultSchema>;

export const getSessionRequestSchema = z.object({ sessionId: oicpIdSchema });

export const listDeliveriesRequestSchema = z.object({
  peerId: z.string().optional(),
  operation: z.string().optional(),
  state: z.enum(['pending', 'delivered', 'failed']).optional(),
  sessionId: z.string().optional(),
});

export const deliveryViewSchema = z.object({
  id: z.number(),
  peerId: z.string(),
  operation: z.string(),
  sessionId: z.string().optional(),
  state: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number(),
  lastError: z.string().optional(),
  lastStatusCode: z.string().optional(),
  createdAt: z.string(),
  deliveredAt: z.string().optional(),
});
export type DeliveryView = z.infer<typeof deliveryViewSchema>;
