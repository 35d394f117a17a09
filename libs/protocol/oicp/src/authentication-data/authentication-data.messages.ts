import { z } from 'zod';
import { identificationSchema } from '../common/identification';
import { operatorIdSchema, providerIdSchema } from '../common/identifiers';
import { actionTypeSchema } from '../common/primitives';
import { statusCodeSchema } from '../common/status-codes';

/*
 * eRoamingAuthenticationData_V2.1: PushAuthenticationData (EMP → CPO; offline authorization data).
 * Every EvcoID must belong to the pushing ProviderID, else status 019 ("EVCO consistency"). A QR code
 * record may carry a clear-text PIN or a HashedPIN; Hubject stores PINs only hashed (Bcrypt).
 */

/** AuthenticationDataRecordType. */
export const authenticationDataRecordSchema = z.object({ Identification: identificationSchema });
export type AuthenticationDataRecord = z.infer<typeof authenticationDataRecordSchema>;

/** ProviderAuthenticationDataType: "M 0...n" records of one EMP. */
export const providerAuthenticationDataSchema = z.object({
  ProviderID: providerIdSchema,
  AuthenticationDataRecord: z.array(authenticationDataRecordSchema),
});
export type ProviderAuthenticationData = z.infer<typeof providerAuthenticationDataSchema>;

/** eRoamingPushAuthenticationData; a fullLoad with no records deletes them all. */
export const pushAuthenticationDataRequestSchema = z.object({
  ActionType: actionTypeSchema,
  ProviderAuthenticationData: providerAuthenticationDataSchema,
});
export type PushAuthenticationDataRequest = z.infer<typeof pushAuthenticationDataRequestSchema>;

/**
 * eRoamingPullAuthenticationData (CPO → EMP), obsolete: in the OICP 2.2 Swagger
 * (`auth-api-docs-2.1.json`) but not in the 2.3 documents. WWCP_OICP peers still call it peer to peer.
 */
export const pullAuthenticationDataRequestSchema = z.object({ OperatorID: operatorIdSchema });
export type PullAuthenticationDataRequest = z.infer<typeof pullAuthenticationDataRequestSchema>;

/** eRoamingAuthenticationData, the answer to the obsolete pull (2.2 Swagger shape). */
export const pullAuthenticationDataResponseSchema = z.object({
  AuthenticationData: z.object({ ProviderAuthenticationData: z.array(providerAuthenticationDataSchema) }),
  StatusCode: statusCodeSchema.optional(),
});
export type PullAuthenticationDataResponse = z.infer<typeof pullAuthenticationDataResponseSchema>;
