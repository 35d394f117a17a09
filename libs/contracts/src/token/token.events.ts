import { z } from 'zod';
import { defineEvent } from '../envelope';
import { partyRefSchema } from '../party/routing.commands';
import { stationIdSchema } from '../station/station.schemas';
import { allowedTypeSchema, ocpiTokenTypeSchema, sealedPersonalDataSchema, tokenPublicFieldsSchema } from './token.schemas';

/*
 * Events of the TOKEN stream (owned by the directory). Subjects carry a random reference
 * (`<ns>.token.received-token.<uuid>`, `<ns>.token.token.<uuid>`), and payloads carry personal
 * data only sealed with the token's own key (see sealedPersonalDataSchema).
 */

const ref = z.uuid();

/**
 * A token as a CPO hosted here now holds it: pushed by its eMSP (PUT, or PATCH merged into what
 * was held) or carried by a START_SESSION/RESERVE_NOW of that eMSP (COMMAND).
 */
export const ReceivedTokenUpdatedV1 = defineEvent(
  'ReceivedTokenUpdated',
  1,
  z.object({
    ref,
    receiver: partyRefSchema,
    owner: partyRefSchema,
    type: ocpiTokenTypeSchema,
    source: z.enum(['PUT', 'PATCH', 'COMMAND']),
    token: tokenPublicFieldsSchema,
    sealed: sealedPersonalDataSchema,
  }),
);

/** An admin created or replaced a token of an eMSP hosted here. */
export const OwnTokenSavedV1 = defineEvent(
  'OwnTokenSaved',
  1,
  z.object({ ref, owner: partyRefSchema, type: ocpiTokenTypeSchema, token: tokenPublicFieldsSchema, sealed: sealedPersonalDataSchema }),
);

/**
 * A token received by a CPO here was authorised for a charge: by its whitelist, in real time at
 * its eMSP, or by the eMSP's START_SESSION/RESERVE_NOW. The reference the eMSP gave goes into the
 * Session and CDR.
 */
export const TokenAuthorizedV1 = defineEvent(
  'TokenAuthorized',
  1,
  z.object({
    ref,
    cpo: partyRefSchema,
    source: z.enum(['WHITELIST', 'REAL_TIME', 'COMMAND']),
    allowed: allowedTypeSchema,
    stationId: stationIdSchema.optional(),
    locationId: z.string().optional(),
    authorizationReference: z.string().max(36).optional(),
  }),
);

/** The token's key was destroyed: its earlier events can no longer be read (GDPR erasure). */
export const TokenPersonalDataErasedV1 = defineEvent('TokenPersonalDataErased', 1, z.object({ ref }));
