import { z } from 'zod';
import { cdrReceiverSchema } from '../cdr/cdr.schemas';
import { countryCodeSchema, partyIdSchema } from '../party/party.schemas';
import { ocpiIdSchema, ocpiObjectSchema } from '../tariff/tariff.schemas';

/** One session of a hosted CPO: by its id, or by the station transaction it comes from. */
export const getSessionRequestSchema = z.union([
  z.object({ countryCode: countryCodeSchema, partyId: partyIdSchema, sessionId: ocpiIdSchema }),
  z.object({ stationId: z.string().min(1), transactionId: z.string().min(1) }),
]);
export type GetSessionRequest = z.infer<typeof getSessionRequestSchema>;

export const listSessionsRequestSchema = z.object({
  countryCode: countryCodeSchema,
  partyId: partyIdSchema,
  status: z.enum(['ACTIVE', 'COMPLETED']).optional(),
  limit: z.number().int().min(1).max(500).default(100),
});

export const sessionPushViewSchema = z.object({
  state: z.enum(['pending', 'delivered', 'failed']),
  attempts: z.number().int(),
  lastError: z.string().optional(),
});

export const sessionViewSchema = z.object({
  countryCode: z.string(),
  partyId: z.string(),
  sessionId: z.string(),
  stationId: z.string(),
  transactionId: z.string(),
  receiver: cdrReceiverSchema,
  /** The OCPI Session (cdr_token absent while the token's owner is unknown). */
  session: ocpiObjectSchema,
  push: sessionPushViewSchema.optional(),
});
export type SessionView = z.infer<typeof sessionViewSchema>;

/**
 * Station transactions the pipeline has seen, with what it is waiting for when no session could be
 * made yet (an EVSE the directory does not map, a directory that does not answer).
 */
export const listTransactionsRequestSchema = z.object({ stationId: z.string().optional(), waitingOnly: z.boolean().default(false), limit: z.number().int().min(1).max(500).default(100) });

export const transactionViewSchema = z.object({
  stationId: z.string(),
  transactionId: z.string(),
  sessionId: z.string().optional(),
  state: z.enum(['waiting', 'active', 'completed', 'invalid']),
  lastError: z.string().optional(),
  stationSeq: z.number().int(),
});
export type TransactionView = z.infer<typeof transactionViewSchema>;
