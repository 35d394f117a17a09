import { z } from 'zod';
import { defineEvent } from '../envelope';
import { countryCodeSchema, partyIdSchema } from '../party/party.schemas';
import { oicpIdSchema } from './oicp.schemas';

/* Who we are in OICP and whom we talk to. Facts only: tokens and keys stay in the oicp-peer database. */

/** A hosted party acts in OICP as a CPO (OperatorID) and/or an EMP (ProviderID). */
export const OicpIdentityConfiguredV1 = defineEvent(
  'OicpIdentityConfigured',
  1,
  z.object({
    countryCode: countryCodeSchema,
    partyId: partyIdSchema,
    operatorId: oicpIdSchema.optional(),
    operatorName: z.string().max(100).optional(),
    providerId: oicpIdSchema.optional(),
  }),
);

export const peerConfigurationSchema = z.object({
  peerId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/),
  name: z.string().max(100).optional(),
  baseUrl: z.url(),
  /** CPO ids this peer stands for (EMP → CPO routing; the ids it may claim when it calls us). */
  operatorIds: z.array(oicpIdSchema),
  /** EMP ids this peer stands for (CPO → EMP routing). */
  providerIds: z.array(oicpIdSchema),
  /** The default route for ids no other peer claims: how Hubject is usually registered. */
  defaultForOperators: z.boolean(),
  defaultForProviders: z.boolean(),
  requestTimeoutMs: z.number().int().min(100).max(120_000),
  /** How the peer authenticates to us; the secrets themselves are never in events. */
  acceptsToken: z.boolean(),
  clientCertificateFingerprint: z.string().regex(/^[0-9A-F]{64}$/).optional(),
  presentsToken: z.boolean(),
  /** We present our TLS client certificate when calling this peer (Hubject requires it). */
  presentsClientCertificate: z.boolean().optional(),
});
export type PeerConfiguration = z.infer<typeof peerConfigurationSchema>;

/** A peer was registered or its configuration replaced (the whole configuration, not a patch). */
export const OicpPeerConfiguredV1 = defineEvent('OicpPeerConfigured', 1, peerConfigurationSchema);

export const OicpPeerRemovedV1 = defineEvent('OicpPeerRemoved', 1, z.object({ peerId: z.string() }));
