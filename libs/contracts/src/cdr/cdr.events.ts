import { z } from 'zod';
import { defineEvent } from '../envelope';
import { ocpiIdSchema, ocpiObjectSchema, partyRefSchema } from '../tariff/tariff.schemas';
import { cdrReceiverSchema, cdrTokenRefSchema } from './cdr.schemas';

const iso = z.iso.datetime({ offset: true });

/**
 * A hosted CPO's final CDR of a charging session, priced at the end of the transaction. Issued once
 * per transaction (its id is the session's). `cdr` is the OCPI CDR without `cdr_token`, which is
 * `cdrToken` here (absent while the token's owner is unknown).
 */
export const CdrIssuedV1 = defineEvent(
  'CdrIssued',
  1,
  z.object({
    cpo: partyRefSchema,
    cdrId: ocpiIdSchema,
    sessionId: ocpiIdSchema,
    stationId: z.string(),
    transactionId: z.string(),
    cdr: ocpiObjectSchema,
    cdrToken: cdrTokenRefSchema.optional(),
    receiver: cdrReceiverSchema,
  }),
);

/** The owner of a waiting CDR's token became known: the CDR can go out. */
export const CdrReceiverAssignedV1 = defineEvent('CdrReceiverAssigned', 1, z.object({ cdrToken: cdrTokenRefSchema, receiver: cdrReceiverSchema }));

/** The receiver accepted the CDR; `location` is the URL an OCPI eMSP returned in the Location header. */
export const CdrDeliveredV1 = defineEvent(
  'CdrDelivered',
  1,
  z.object({ receiver: cdrReceiverSchema, location: z.string().optional(), attempts: z.number().int().positive(), deliveredAt: iso }),
);

/** The receiver refused the CDR (an OCPI 2xxx, an OICP refusal): it is not retried until an admin asks. */
export const CdrDeliveryRejectedV1 = defineEvent(
  'CdrDeliveryRejected',
  1,
  z.object({
    receiver: cdrReceiverSchema,
    attempts: z.number().int().positive(),
    statusCode: z.number().int().optional(),
    httpStatus: z.number().int().optional(),
    message: z.string(),
  }),
);

/** An admin asked to deliver a rejected CDR again. */
export const CdrRedeliveryRequestedV1 = defineEvent('CdrRedeliveryRequested', 1, z.object({ reason: z.string().max(500).optional() }));

/**
 * A CPO posted a CDR to an eMSP hosted here. `digest` identifies the content: the same CDR posted
 * again is acknowledged without a second event; a different CDR under the same id is refused.
 */
export const ReceivedCdrStoredV1 = defineEvent(
  'ReceivedCdrStored',
  1,
  z.object({
    receiver: partyRefSchema,
    owner: partyRefSchema,
    cdrId: ocpiIdSchema,
    cdr: ocpiObjectSchema,
    cdrToken: cdrTokenRefSchema,
    digest: z.string().min(1),
  }),
);
