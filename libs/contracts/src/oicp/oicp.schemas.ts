import { z } from 'zod';
import { countryCodeSchema, partyIdSchema } from '../party/party.schemas';

/** An OICP id as text; its format (EvseID, OperatorID, ProviderID, SessionID) is checked by the oicp-peer. */
export const oicpIdSchema = z.string().min(1).max(60);

/** An OICP JSON object (an EvseDataRecord, a CDR, ...), validated against OICP 2.3 by the oicp-peer. */
export const oicpObjectSchema = z.record(z.string(), z.unknown());

export const oicpActionTypeSchema = z.enum(['fullLoad', 'update', 'insert', 'delete']);
export type OicpActionType = z.infer<typeof oicpActionTypeSchema>;

/** OICP StatusCode as it travels in answers: a three-digit code with the spec's description. */
export const oicpStatusSchema = z.object({ Code: z.string().regex(/^[0-9]{3}$/), Description: z.string().optional(), AdditionalInfo: z.string().optional() });
export type OicpStatus = z.infer<typeof oicpStatusSchema>;

export const hostedPartyRefSchema = z.object({ countryCode: countryCodeSchema, partyId: partyIdSchema });

/** A reference to personal data (an Identification, authentication records) kept out of events so it can be erased. */
export const personalDataRefSchema = z.uuid();
