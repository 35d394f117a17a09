import { z } from 'zod';
import { businessDetailsSchema, countryCodeSchema, partyIdSchema, partyRoleSchema } from '../party/party.schemas';
import {
  partnerConnectionSchema,
  partnerEndpointSchema,
  partnerRoleSchema,
  plannedRoleSchema,
  registrationDirectionSchema,
} from './credential.schemas';

/** Request/reply actions of the credentials service (`<ns>.cmd.credentials.<action>`). */
export const CREDENTIALS_ACTIONS = {
  /** OCPI edge: who holds this token? */
  authenticate: 'authenticate',
  versions: 'versions',
  versionDetails: 'version-details',
  getOwnCredentials: 'get-own-credentials',
  /** OCPI edge: a partner's POST, PUT and DELETE on our credentials endpoint. */
  acceptRegistration: 'accept-registration',
  acceptUpdate: 'accept-update',
  acceptUnregistration: 'accept-unregistration',
  /** OCPI edge: platforms heard from recently (for the still-alive check). */
  recordPartnerActivity: 'record-partner-activity',
  /** Admin. */
  issueTokenA: 'issue-token-a',
  registerWithPartner: 'register-with-partner',
  rotatePartnerCredentials: 'rotate-partner-credentials',
  unregisterPartner: 'unregister-partner',
  suspendPartner: 'suspend-partner',
  listPartners: 'list-partners',
  getPartner: 'get-partner',
  /** Internal (directory): the token to send to a registered partner. */
  getPartnerToken: 'get-partner-token',
} as const;

export const CREDENTIALS_ERRORS = {
  unknownToken: 'CREDENTIALS.UNKNOWN_TOKEN',
  alreadyRegistered: 'CREDENTIALS.ALREADY_REGISTERED',
  notRegistered: 'CREDENTIALS.NOT_REGISTERED',
  invalidCredentials: 'CREDENTIALS.INVALID_CREDENTIALS',
  partyConflict: 'CREDENTIALS.INVALID_PARTY_CLAIM',
  partnerUnreachable: 'CREDENTIALS.PARTNER_UNREACHABLE',
  partnerRefused: 'CREDENTIALS.PARTNER_REFUSED',
  noCommonVersion: 'CREDENTIALS.NO_COMMON_VERSION',
  noMatchingEndpoints: 'CREDENTIALS.NO_MATCHING_ENDPOINTS',
  noHostedParties: 'CREDENTIALS.NO_HOSTED_PARTIES',
  partnerNotFound: 'CREDENTIALS.PARTNER_NOT_FOUND',
  invalidState: 'CREDENTIALS.CONFLICT_STATE',
  encryptionKeyMissing: 'CREDENTIALS.UNAVAILABLE',
  urlNotAllowed: 'CREDENTIALS.INVALID_URL_NOT_ALLOWED',
} as const;

const platformId = z.uuid();
/** The hex SHA-256 of a credentials token: the raw token never travels over NATS on its way in. */
export const tokenHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'a hex SHA-256 digest');
/** OCPI credentials token: string(64), printable ASCII without spaces. */
export const credentialsTokenValueSchema = z.string().min(1).max(64).regex(/^[\x21-\x7e]+$/, 'printable ASCII without spaces');

export const authenticateRequestSchema = z.object({ tokenHash: tokenHashSchema });

/** Which token of the handshake was presented: A (issued by us), B (ours, when we registered), C (ours, after a partner registered). */
export const tokenKindSchema = z.enum(['A', 'B', 'C']);

export const principalSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('admin') }),
  z.object({
    kind: z.literal('partner'),
    platformId,
    /** Only REGISTERED partners may use modules other than versions and credentials. */
    status: z.enum(['PENDING', 'REGISTERING', 'REGISTERED']),
    tokenKind: tokenKindSchema,
    roles: z.array(z.object({ countryCode: countryCodeSchema, partyId: partyIdSchema, role: partyRoleSchema })),
  }),
]);
export type Principal = z.infer<typeof principalSchema>;
export type PartnerPrincipal = Extract<Principal, { kind: 'partner' }>;

/** A partner's OCPI request that reached our credentials endpoint; the body is checked by the credentials service. */
/** The partner's X-Correlation-ID, carried into the events its request causes. */
const correlationId = z.string().min(1).max(255).optional();
export const acceptCredentialsRequestSchema = z.object({ platformId, credentials: z.unknown(), correlationId });
export const acceptUnregistrationRequestSchema = z.object({ platformId, correlationId });
export const getOwnCredentialsRequestSchema = z.object({}).default({});

/** Our credentials as OCPI shows them, without the token (the edge adds the one the caller presented). */
export const ocpiCredentialsRoleSchema = z.object({
  role: partyRoleSchema,
  business_details: businessDetailsSchema,
  party_id: partyIdSchema,
  country_code: countryCodeSchema,
});
export const ownCredentialsSchema = z.object({ url: z.url(), roles: z.array(ocpiCredentialsRoleSchema).min(1) });
export type OwnCredentials = z.infer<typeof ownCredentialsSchema>;

export const recordPartnerActivityRequestSchema = z.object({ platformIds: z.array(platformId).max(10_000) });

export const issueTokenARequestSchema = z
  .object({
    name: z.string().min(1).max(100).optional(),
    /** The parties the partner will register with; a Hub announces them as PLANNED meanwhile. */
    plannedRoles: z.array(plannedRoleSchema).max(100).optional(),
  })
  .default({});
export const issuedTokenASchema = z.object({ platformId, token: credentialsTokenValueSchema, versionsUrl: z.url() });
export type IssuedTokenA = z.infer<typeof issuedTokenASchema>;

export const registerWithPartnerRequestSchema = z.object({
  versionsUrl: z.url().max(255),
  token: credentialsTokenValueSchema,
  name: z.string().min(1).max(100).optional(),
});
export type RegisterWithPartnerRequest = z.infer<typeof registerWithPartnerRequestSchema>;

export const partnerRequestSchema = z.object({ platformId });

export const partnerStateSchema = z.enum(['PENDING', 'REGISTERING', 'REGISTERED', 'UNREGISTERED', 'SUSPENDED']);
export type PartnerState = z.infer<typeof partnerStateSchema>;

/** A partner as the admin API shows it; never with a token. */
export const partnerViewSchema = z.object({
  platformId,
  name: z.string().optional(),
  status: partnerStateSchema,
  direction: registrationDirectionSchema.optional(),
  connection: partnerConnectionSchema,
  versionsUrl: z.string().optional(),
  version: z.string().optional(),
  endpoints: z.array(partnerEndpointSchema),
  roles: z.array(partnerRoleSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastSeenAt: z.string().optional(),
});
export type PartnerView = z.infer<typeof partnerViewSchema>;

/** The answer to an admin's unregister: the partner is unregistered here either way; whether it acknowledged is reported. */
export const unregisterResultSchema = z.object({ partner: partnerViewSchema, partnerNotified: z.boolean(), problem: z.string().optional() });
export type UnregisterResult = z.infer<typeof unregisterResultSchema>;

export const partnerTokenSchema = z.object({ platformId, token: credentialsTokenValueSchema, encoding: z.enum(['base64', 'plain']) });
export type PartnerToken = z.infer<typeof partnerTokenSchema>;

export const versionEntrySchema = z.object({ version: z.string(), url: z.url() });
export const versionDetailsViewSchema = z.object({ version: z.string(), endpoints: z.array(partnerEndpointSchema) });
export type VersionDetailsView = z.infer<typeof versionDetailsViewSchema>;
