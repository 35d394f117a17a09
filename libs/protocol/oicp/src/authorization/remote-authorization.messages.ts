import { z } from 'zod';
import { remoteAuthorizationIdentificationSchema } from '../common/identification';
import {
  evseIdSchema,
  partnerSessionIdSchema,
  productIdSchema,
  providerIdSchema,
  sessionIdSchema,
} from '../common/identifiers';
import { acceptingAliases } from '../common/primitives';

/*
 * EMP → CPO: eRoamingAuthorizeRemoteStart/Stop_V2.1 and eRoamingAuthorizeRemoteReservationStart/Stop_V1.1.
 * The CPO is found from the EvseID ("Hubject will derive the CPO's OperatorID from the EvseID"),
 * see operatorIdOfEvseId.
 */

const partnerSessionIds = {
  CPOPartnerSessionID: partnerSessionIdSchema.optional(),
  EMPPartnerSessionID: partnerSessionIdSchema.optional(),
};

const remoteStartFields = {
  ...partnerSessionIds,
  ProviderID: providerIdSchema,
  EvseID: evseIdSchema,
  Identification: remoteAuthorizationIdentificationSchema,
  PartnerProductID: productIdSchema.optional(),
};

/**
 * eRoamingAuthorizeRemoteStart as the CPO receives it: SessionID mandatory (CPO document and both
 * schemas). Peer to peer, the EMP mints the SessionID before sending, so a timed-out call cannot lose
 * the session (research/oicp.md §7).
 */
export const authorizeRemoteStartRequestSchema = z.object({ SessionID: sessionIdSchema, ...remoteStartFields });
export type AuthorizeRemoteStartRequest = z.infer<typeof authorizeRemoteStartRequestSchema>;

/**
 * The same request as an EMP sends it to Hubject: the EMP document makes SessionID optional ("should not
 * be filled in by the EMP in the initial request", Hubject then mints it) while the schemas require it
 * (erratum D-REMOTE-START-SESSIONID).
 */
export const authorizeRemoteStartToHubjectRequestSchema = z.object({
  SessionID: sessionIdSchema.optional(),
  ...remoteStartFields,
});
export type AuthorizeRemoteStartToHubjectRequest = z.infer<typeof authorizeRemoteStartToHubjectRequestSchema>;

/** eRoamingAuthorizeRemoteStop: the SessionID of the session to stop. */
export const authorizeRemoteStopRequestSchema = z.object({
  SessionID: sessionIdSchema,
  ...partnerSessionIds,
  ProviderID: providerIdSchema,
  EvseID: evseIdSchema,
});
export type AuthorizeRemoteStopRequest = z.infer<typeof authorizeRemoteStopRequestSchema>;

/**
 * The reservation schemas of both OpenAPI files spell `EMPPartnerSessionId`; the documents and every
 * other message say `EMPPartnerSessionID` (erratum E005): written `...ID`, read in both spellings.
 */
const EMP_PARTNER_SESSION_ID_ALIAS = { EMPPartnerSessionId: 'EMPPartnerSessionID' } as const;

/** eRoamingAuthorizeRemoteReservationStart: Duration of the reservation in minutes, 1-99 ("Integer, 2"). */
export const authorizeRemoteReservationStartRequestSchema = acceptingAliases(
  EMP_PARTNER_SESSION_ID_ALIAS,
  z.object({
    SessionID: sessionIdSchema.optional(),
    ...remoteStartFields,
    Duration: z.number().int().min(1).max(99).optional(),
  }),
);
export type AuthorizeRemoteReservationStartRequest = z.infer<typeof authorizeRemoteReservationStartRequestSchema>;

/** eRoamingAuthorizeRemoteReservationStop: "After the eRoamingAuthorizeRemoteReservationStop the CPO MUST provide a CDR." */
export const authorizeRemoteReservationStopRequestSchema = acceptingAliases(
  EMP_PARTNER_SESSION_ID_ALIAS,
  z.object({
    SessionID: sessionIdSchema,
    ...partnerSessionIds,
    ProviderID: providerIdSchema,
    EvseID: evseIdSchema,
  }),
);
export type AuthorizeRemoteReservationStopRequest = z.infer<typeof authorizeRemoteReservationStopRequestSchema>;
