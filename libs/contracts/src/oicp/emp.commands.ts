import { z } from 'zod';
import { oicpActionTypeSchema, oicpIdSchema, oicpObjectSchema, oicpStatusSchema } from './oicp.schemas';

/* What the EMP side of this platform asks the oicp-peer to do with CPO peers. */

/** Remote start: the oicp-peer mints the SessionID before it calls the CPO that owns the EvseID's operator. */
export const remoteStartCommandSchema = z.object({
  providerId: oicpIdSchema,
  evseId: oicpIdSchema,
  evcoId: oicpIdSchema,
  partnerProductId: z.string().max(100).optional(),
  empPartnerSessionId: z.string().max(250).optional(),
});
export type RemoteStartCommand = z.infer<typeof remoteStartCommandSchema>;

export const remoteStopCommandSchema = z.object({ providerId: oicpIdSchema, sessionId: oicpIdSchema, evseId: oicpIdSchema.optional() });
export type RemoteStopCommand = z.infer<typeof remoteStopCommandSchema>;

export const reservationStartCommandSchema = remoteStartCommandSchema.extend({ durationMinutes: z.number().int().min(1).max(99).optional() });
export type ReservationStartCommand = z.infer<typeof reservationStartCommandSchema>;

export const reservationStopCommandSchema = remoteStopCommandSchema;

/**
 * The outcome of a remote command. `accepted` false with 210 means no CPO peer serves the operator (no
 * call was made); 310 means the call timed out, and the session may still start: its notifications and
 * CDR are matched by `sessionId`.
 */
export const remoteCommandResultSchema = z.object({
  sessionId: z.string(),
  accepted: z.boolean(),
  outcome: z.enum(['accepted', 'rejected', 'timed-out', 'failed', 'no-route']),
  statusCode: oicpStatusSchema,
  peerId: z.string().optional(),
});
export type RemoteCommandResult = z.infer<typeof remoteCommandResultSchema>;

const pull = { providerId: oicpIdSchema, operatorId: oicpIdSchema };

/** Pulls go to the CPO peer of `operatorId`; `request` is the OICP body without ProviderID (filled in). */
export const pullEvseDataCommandSchema = z.object({ ...pull, request: oicpObjectSchema.default({}), page: z.number().int().min(0).optional(), size: z.number().int().min(1).max(2000).optional() });
export const pullEvseStatusCommandSchema = z.object({
  ...pull,
  variant: z.enum(['all', 'by-id', 'by-operator-id']).default('all'),
  request: oicpObjectSchema.default({}),
});
export const pullPricingCommandSchema = z.object({ ...pull, request: oicpObjectSchema.default({}) });
export const getChargeDetailRecordsCommandSchema = z.object({
  ...pull,
  from: z.string(),
  to: z.string(),
  sessionIds: z.array(oicpIdSchema).optional(),
  page: z.number().int().min(0).optional(),
  size: z.number().int().min(1).max(2000).optional(),
});

/** The OICP answer of the CPO peer, already validated against OICP 2.3, or the status that stood in for it. */
export const pullResultSchema = z.object({ peerId: z.string().optional(), statusCode: oicpStatusSchema, response: oicpObjectSchema.optional() });
export type PullResult = z.infer<typeof pullResultSchema>;

/**
 * The identifications a hosted EMP accepts (fullLoad, update, insert, delete), used to answer
 * AuthorizeStart and pushed to every CPO peer so it can authorize offline; `pushToPeers: false` keeps
 * them here (an EMP that only authorizes online).
 */
export const pushAuthenticationDataCommandSchema = z.object({
  providerId: oicpIdSchema,
  actionType: oicpActionTypeSchema,
  records: z.array(oicpObjectSchema),
  pushToPeers: z.boolean().default(true),
});
export type PushAuthenticationDataCommand = z.output<typeof pushAuthenticationDataCommandSchema>;

export const listReceivedEvsesRequestSchema = z.object({ operatorId: oicpIdSchema.optional() });
export const receivedEvseViewSchema = z.object({
  operatorId: z.string(),
  evseId: z.string(),
  peerId: z.string(),
  record: oicpObjectSchema.optional(),
  status: z.string().optional(),
  updatedAt: z.string(),
});
export type ReceivedEvseView = z.infer<typeof receivedEvseViewSchema>;
