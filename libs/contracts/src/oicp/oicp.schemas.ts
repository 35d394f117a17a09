import { z } from 'zod';
import { countryCodeSchema, partyIdSchema } from '../party/party.schemas';

/** An OICP id as text; its format (EvseID, OperatorID, ProviderID, SessionID) is checked by the oicp-peer. */
export const oicpIdSchema = z.string().min(1).max(60);

/** An OICP JSON object (an EvseDataRecord, a CDR, ...), validated against OICP 2.3 by the oicp-peer. */
export const oicpObjectSchema = z.record(z.string(), z.unknown());

export const oicpActionTypeSchema = z.enum(['fullLoad', 'update', 'insert', 'delete']);
export type OicpActionType = z.infer<typeof oicpActionTypeSchema>;

/**
 * One part of a submission too large for one event (NATS max_payload): parts `0..count-1` of batch `id`,
 * appended in order. `actionType` is the ActionType of the whole submission. The part's own ActionType
 * says what it does to the catalogue: a fullLoad's first part is the fullLoad, every later part is an
 * insert into what it loaded, so a reader that ignores `batch` still applies the parts correctly (which is
 * why the field could be added to the v1 events as an optional one).
 */
export const submissionBatchSchema = z
  .object({ id: z.string().min(1), index: z.number().int().min(0), count: z.number().int().min(2), actionType: oicpActionTypeSchema })
  .refine((batch) => batch.index < batch.count, { message: 'index must be below count', path: ['index'] });
export type SubmissionBatch = z.infer<typeof submissionBatchSchema>;

/** OICP StatusCode as it travels in answers: a three-digit code with the spec's description. */
export const oicpStatusSchema = z.object({ Code: z.string().regex(/^[0-9]{3}$/), Description: z.string().optional(), AdditionalInfo: z.string().optional() });
export type OicpStatus = z.infer<typeof oicpStatusSchema>;

export const hostedPartyRefSchema = z.object({ countryCode: countryCodeSchema, partyId: partyIdSchema });

/** A reference to personal data (an Identification, authentication records) kept out of events so it can be erased. */
export const personalDataRefSchema = z.uuid();
