import { z } from 'zod';
import { partyRefSchema } from '../party/routing.commands';

/**
 * The non-personal part of an OCPI CdrToken (mod_cdrs_cdr_token_object). The token's uid and
 * contract_id (and, for an OICP EMP, its Identification) are personal data: they live in the
 * tariff-cdr service's vault under `personalRef`, so erasing a driver deletes one row (BRIEF §2).
 */
export const cdrTokenRefSchema = z.object({
  country_code: z.string().min(1).max(2),
  party_id: z.string().min(1).max(3),
  type: z.string().min(1).max(20),
  personalRef: z.uuid(),
});
export type CdrTokenRef = z.infer<typeof cdrTokenRefSchema>;

/**
 * Who a session's data and CDR go to: an eMSP over OCPI (`send-ocpi`), an EMP over OICP (the
 * oicp-peer's `send-charge-detail-record`), or nobody known yet: the CDR waits, visible, until the
 * token's owner becomes known.
 */
export const cdrReceiverSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ocpi'), party: partyRefSchema }),
  z.object({ kind: z.literal('oicp'), providerId: z.string().min(1).max(20) }),
  z.object({ kind: z.literal('unknown'), reason: z.string() }),
]);
export type CdrReceiver = z.infer<typeof cdrReceiverSchema>;

export const cdrDeliveryStateSchema = z.enum(['waiting', 'pending', 'delivered', 'rejected']);
export type CdrDeliveryState = z.infer<typeof cdrDeliveryStateSchema>;
