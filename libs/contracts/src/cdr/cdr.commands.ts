import { z } from 'zod';
import { countryCodeSchema, partyIdSchema } from '../party/party.schemas';
import { ocpiIdSchema, ocpiObjectSchema } from '../tariff/tariff.schemas';
import { cdrDeliveryStateSchema, cdrReceiverSchema } from './cdr.schemas';

/** One CDR of a hosted CPO: by its id, or by the station transaction it was priced from. */
export const getCdrRequestSchema = z.union([
  z.object({ countryCode: countryCodeSchema, partyId: partyIdSchema, cdrId: ocpiIdSchema }),
  z.object({ stationId: z.string().min(1), transactionId: z.string().min(1) }),
]);
export type GetCdrRequest = z.infer<typeof getCdrRequestSchema>;

export const listCdrsRequestSchema = z.object({
  countryCode: countryCodeSchema.optional(),
  partyId: partyIdSchema.optional(),
  deliveryState: cdrDeliveryStateSchema.optional(),
  limit: z.number().int().min(1).max(500).default(100),
});

export const retryCdrDeliveryRequestSchema = z.object({ countryCode: countryCodeSchema, partyId: partyIdSchema, cdrId: ocpiIdSchema, reason: z.string().max(500).optional() });

export const cdrDeliveryViewSchema = z.object({
  state: cdrDeliveryStateSchema,
  attempts: z.number().int(),
  nextAttemptAt: z.string().optional(),
  lastError: z.string().optional(),
  location: z.string().optional(),
  deliveredAt: z.string().optional(),
});

export const cdrViewSchema = z.object({
  countryCode: z.string(),
  partyId: z.string(),
  cdrId: z.string(),
  sessionId: z.string(),
  stationId: z.string(),
  transactionId: z.string(),
  receiver: cdrReceiverSchema,
  /** The OCPI CDR as the receiver gets it (cdr_token absent while the token's owner is unknown). */
  cdr: ocpiObjectSchema,
  delivery: cdrDeliveryViewSchema,
});
export type CdrView = z.infer<typeof cdrViewSchema>;

/**
 * Admin: the receiver of a CDR that waits because the owner of its token is unknown (BRIEF §6: such
 * a CDR waits, visibly). An OCPI eMSP comes with the OCPI CdrToken; an EMP the oicp-peer serves with
 * its ProviderID and the token as OICP Identification (both personal data: kept in the vault).
 */
export const assignCdrReceiverRequestSchema = z.object({
  countryCode: countryCodeSchema,
  partyId: partyIdSchema,
  cdrId: ocpiIdSchema,
  receiver: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('ocpi'),
      cdrToken: z.object({
        country_code: countryCodeSchema,
        party_id: partyIdSchema,
        uid: z.string().min(1).max(36),
        type: z.enum(['AD_HOC_USER', 'APP_USER', 'OTHER', 'RFID']),
        contract_id: z.string().min(1).max(36),
      }),
    }),
    z.object({
      kind: z.literal('oicp'),
      providerId: z.string().regex(/^[A-Za-z]{2}[*-]?[A-Za-z0-9]{3}$/, 'an OICP ProviderID such as DE*ABC'),
      identification: ocpiObjectSchema,
      uid: z.string().min(1).max(36).optional(),
      contractId: z.string().min(1).max(36).optional(),
    }),
  ]),
});
export type AssignCdrReceiverRequest = z.infer<typeof assignCdrReceiverRequestSchema>;
