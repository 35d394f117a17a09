import { z } from 'zod';
import { countryCodeSchema, partyIdSchema } from '../party/party.schemas';
import { oicpIdSchema } from './oicp.schemas';
import { type PeerConfiguration, peerConfigurationSchema } from './registry.events';

/** Request/reply actions of the oicp-peer (`<ns>.cmd.oicp-peer.<action>`). */
export const OICP_ACTIONS = {
  configureIdentity: 'configure-identity',
  listIdentities: 'list-identities',
  registerPeer: 'register-peer',
  removePeer: 'remove-peer',
  listPeers: 'list-peers',
  // CPO side
  pushEvseData: 'push-evse-data',
  pushEvseStatus: 'push-evse-status',
  pushPricingProductData: 'push-pricing-product-data',
  pushEvsePricing: 'push-evse-pricing',
  authorizeStart: 'authorize-start',
  authorizeStop: 'authorize-stop',
  sendChargingNotification: 'send-charging-notification',
  sendChargeDetailRecord: 'send-charge-detail-record',
  getCpoSession: 'get-cpo-session',
  listDeliveries: 'list-deliveries',
  // EMP side
  remoteStart: 'remote-start',
  remoteStop: 'remote-stop',
  reservationStart: 'reservation-start',
  reservationStop: 'reservation-stop',
  pullEvseData: 'pull-evse-data',
  pullEvseStatus: 'pull-evse-status',
  pullPricingProductData: 'pull-pricing-product-data',
  pullEvsePricing: 'pull-evse-pricing',
  getChargeDetailRecords: 'get-charge-detail-records',
  pushAuthenticationData: 'push-authentication-data',
  getEmpSession: 'get-emp-session',
  listReceivedEvses: 'list-received-evses',
  listReceivedPricing: 'list-received-pricing',
} as const;

export const configureIdentityRequestSchema = z
  .object({
    countryCode: countryCodeSchema,
    partyId: partyIdSchema,
    operatorId: oicpIdSchema.optional(),
    operatorName: z.string().min(1).max(100).optional(),
    providerId: oicpIdSchema.optional(),
  })
  .refine((request) => request.operatorId !== undefined || request.providerId !== undefined, { message: 'give an operatorId, a providerId or both' });
export type ConfigureIdentityRequest = z.infer<typeof configureIdentityRequestSchema>;

export const identityViewSchema = z.object({
  countryCode: z.string(),
  partyId: z.string(),
  operatorId: z.string().optional(),
  operatorName: z.string().optional(),
  providerId: z.string().optional(),
});
export type IdentityView = z.infer<typeof identityViewSchema>;

/** A token a peer presents or we present: printable ASCII, long enough to be a secret. */
const peerTokenSchema = z.string().min(24).max(256).regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces');

export const registerPeerRequestSchema = z.object({
  peerId: peerConfigurationSchema.shape.peerId,
  name: z.string().max(100).optional(),
  baseUrl: z.url({ protocol: /^https?$/ }),
  operatorIds: z.array(oicpIdSchema).default([]),
  providerIds: z.array(oicpIdSchema).default([]),
  defaultForOperators: z.boolean().default(false),
  defaultForProviders: z.boolean().default(false),
  requestTimeoutMs: z.number().int().min(100).max(120_000).default(10_000),
  /** The token this peer will present to us; generated (and returned once) when omitted and no certificate is given. */
  inboundToken: peerTokenSchema.optional(),
  /** The token we present to this peer. */
  outboundToken: peerTokenSchema.optional(),
  /** SHA-256 fingerprint of the peer's TLS client certificate (hex, colons allowed): requests must come with it. */
  clientCertificateFingerprint: z.string().regex(/^([0-9A-Fa-f]{2}:?){31}[0-9A-Fa-f]{2}$/, 'a SHA-256 fingerprint in hex').optional(),
  /** Present our TLS client certificate (OICP_CLIENT_CERT_FILE) when calling this peer; needs an https baseUrl. */
  presentClientCertificate: z.boolean().default(false),
  /** Replace an existing peer's configuration instead of refusing a duplicate. */
  replace: z.boolean().default(false),
});
export type RegisterPeerRequest = z.input<typeof registerPeerRequestSchema>;

export type PeerView = PeerConfiguration;
export const registerPeerResponseSchema = z.object({ peer: peerConfigurationSchema, issuedInboundToken: z.string().optional() });
export type RegisterPeerResponse = z.infer<typeof registerPeerResponseSchema>;

export const removePeerRequestSchema = z.object({ peerId: z.string().min(1) });
