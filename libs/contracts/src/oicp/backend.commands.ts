import { z } from 'zod';
import { oicpIdSchema } from './oicp.schemas';

/*
 * The CPO backend port (`<ns>.cmd.oicp-cpo-backend.<action>`): the oicp-peer asks whoever runs the
 * EVSEs to carry out what an EMP peer asked. The answer is what the EMP gets back; `statusCode` is an
 * OICP EVSE code (501 communication failed, 510 no EV, 601 reserved, 602 in use, 603 unknown EVSE,
 * 700 out of service) when the backend refuses.
 */
export const cpoBackendRemoteCommandSchema = z.object({
  sessionId: oicpIdSchema,
  providerId: oicpIdSchema,
  evseId: oicpIdSchema,
  /** Remote start and reservation only: the contract to charge on. */
  evcoId: oicpIdSchema.optional(),
  partnerProductId: z.string().optional(),
  durationMinutes: z.number().int().optional(),
});
export type CpoBackendRemoteCommand = z.infer<typeof cpoBackendRemoteCommandSchema>;

export const cpoBackendAnswerSchema = z.object({
  accepted: z.boolean(),
  statusCode: z.enum(['501', '510', '601', '602', '603', '700', '400']).optional(),
  cpoPartnerSessionId: z.string().max(250).optional(),
});
export type CpoBackendAnswer = z.infer<typeof cpoBackendAnswerSchema>;
