import { z } from 'zod';
import { authorizationIdentificationSchema, identificationSchema } from '../common/identification';
import {
  evseIdSchema,
  operatorIdSchema,
  partnerSessionIdSchema,
  productIdSchema,
  providerIdSchema,
  sessionIdSchema,
} from '../common/identifiers';
import { type StatusCode, statusCodeSchema } from '../common/status-codes';

/* eRoamingAuthorization_V2.1: AuthorizeStart and AuthorizeStop (CPO → EMP), 02_*_Services_and_Operations. */

const partnerSessionIds = {
  CPOPartnerSessionID: partnerSessionIdSchema.optional(),
  EMPPartnerSessionID: partnerSessionIdSchema.optional(),
};

/**
 * eRoamingAuthorizeStart: "MUST contain the OperatorID and the identification data ... and MAY contain
 * the EvseID". In hub mode Hubject mints the SessionID; in P2P the authorizing EMP returns it.
 */
export const authorizeStartRequestSchema = z.object({
  SessionID: sessionIdSchema.optional(),
  ...partnerSessionIds,
  OperatorID: operatorIdSchema,
  EvseID: evseIdSchema.optional(),
  Identification: authorizationIdentificationSchema,
  PartnerProductID: productIdSchema.optional(),
});
export type AuthorizeStartRequest = z.infer<typeof authorizeStartRequestSchema>;

/** AuthorizationStatusType. */
export const authorizationStatusSchema = z.enum(['Authorized', 'NotAuthorized']);
export type AuthorizationStatus = z.infer<typeof authorizationStatusSchema>;

/**
 * eRoamingAuthorizationStart. "The response MUST contain the ProviderID and the AuthorizationStatus and
 * MAY contain a list of identification data that is authorized to stop the charging process."
 */
export const authorizationStartResponseSchema = z.object({
  SessionID: sessionIdSchema.optional(),
  ...partnerSessionIds,
  ProviderID: providerIdSchema.optional(),
  AuthorizationStatus: authorizationStatusSchema,
  StatusCode: statusCodeSchema,
  AuthorizationStopIdentifications: z.array(identificationSchema).optional(),
});
export type AuthorizationStartResponse = z.infer<typeof authorizationStartResponseSchema>;

/** eRoamingAuthorizeStop: needs the SessionID of the session it stops. */
export const authorizeStopRequestSchema = z.object({
  SessionID: sessionIdSchema,
  ...partnerSessionIds,
  OperatorID: operatorIdSchema,
  EvseID: evseIdSchema.optional(),
  Identification: authorizationIdentificationSchema,
});
export type AuthorizeStopRequest = z.infer<typeof authorizeStopRequestSchema>;

/** eRoamingAuthorizationStop. */
export const authorizationStopResponseSchema = z.object({
  SessionID: sessionIdSchema.optional(),
  ...partnerSessionIds,
  ProviderID: providerIdSchema.optional(),
  AuthorizationStatus: authorizationStatusSchema,
  StatusCode: statusCodeSchema,
});
export type AuthorizationStopResponse = z.infer<typeof authorizationStopResponseSchema>;

/** Echoes the session ids of a request into its answer ("Hubject will add the CPOPartnerSessionID to every response"). */
function echoedSessionIds(request: { SessionID?: string; CPOPartnerSessionID?: string; EMPPartnerSessionID?: string }) {
  const echoed: { SessionID?: string; CPOPartnerSessionID?: string; EMPPartnerSessionID?: string } = {};
  if (request.SessionID !== undefined) echoed.SessionID = request.SessionID;
  if (request.CPOPartnerSessionID !== undefined) echoed.CPOPartnerSessionID = request.CPOPartnerSessionID;
  if (request.EMPPartnerSessionID !== undefined) echoed.EMPPartnerSessionID = request.EMPPartnerSessionID;
  return echoed;
}

/** A positive eRoamingAuthorizationStart from the authorizing EMP, which (in P2P) mints the SessionID. */
export function authorizedStart(
  request: AuthorizeStartRequest,
  answer: {
    SessionID: string;
    ProviderID: string;
    StatusCode: StatusCode;
    EMPPartnerSessionID?: string;
    AuthorizationStopIdentifications?: AuthorizationStartResponse['AuthorizationStopIdentifications'];
  },
): AuthorizationStartResponse {
  const response: AuthorizationStartResponse = {
    ...echoedSessionIds(request),
    SessionID: answer.SessionID,
    ProviderID: answer.ProviderID,
    AuthorizationStatus: 'Authorized',
    StatusCode: answer.StatusCode,
  };
  if (answer.EMPPartnerSessionID !== undefined) response.EMPPartnerSessionID = answer.EMPPartnerSessionID;
  if (answer.AuthorizationStopIdentifications !== undefined) {
    response.AuthorizationStopIdentifications = answer.AuthorizationStopIdentifications;
  }
  return response;
}

/** A negative eRoamingAuthorizationStart or Stop ("NotAuthorized" with the reason as StatusCode). */
export function notAuthorized(
  request: { SessionID?: string; CPOPartnerSessionID?: string; EMPPartnerSessionID?: string },
  status: StatusCode,
): AuthorizationStopResponse {
  return { ...echoedSessionIds(request), AuthorizationStatus: 'NotAuthorized', StatusCode: status };
}
