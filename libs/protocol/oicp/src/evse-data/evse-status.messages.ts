import { z } from 'zod';
import { evseIdSchema, operatorIdSchema, providerIdSchema } from '../common/identifiers';
import { actionTypeSchema, textOfMax } from '../common/primitives';
import { statusCodeSchema } from '../common/status-codes';
import { searchCenterSchema } from './evse-data.messages';

/*
 * eRoamingEvseStatus: PushEvseStatus_V2.1 (CPO → EMP) and PullEvseStatus_V2.1 with its ById and
 * ByOperatorID variants (EMP → CPO).
 */

/** EvseStatusType. */
export const evseStatusSchema = z.enum([
  'Available',
  'Reserved',
  'Occupied',
  'OutOfService',
  'EvseNotFound',
  'Unknown',
]);
export type EvseStatus = z.infer<typeof evseStatusSchema>;

/** EvseStatusRecordType. */
export const evseStatusRecordSchema = z.object({ EvseID: evseIdSchema, EvseStatus: evseStatusSchema });
export type EvseStatusRecord = z.infer<typeof evseStatusRecordSchema>;

/** OperatorEvseStatusType: OperatorName is optional here (hubject/oicp#47, D-OPERATORNAME). */
export const operatorEvseStatusSchema = z.object({
  OperatorID: operatorIdSchema,
  OperatorName: textOfMax(100).optional(),
  EvseStatusRecord: z.array(evseStatusRecordSchema),
});
export type OperatorEvseStatus = z.infer<typeof operatorEvseStatusSchema>;

/** eRoamingPushEvseStatus. Pushes of one operation must be sequential (Data push operations). */
export const pushEvseStatusRequestSchema = z.object({
  ActionType: actionTypeSchema,
  OperatorEvseStatus: operatorEvseStatusSchema,
});
export type PushEvseStatusRequest = z.infer<typeof pushEvseStatusRequestSchema>;

/** eRoamingPullEVSEStatus: all status records, optionally around a position or with one status. */
export const pullEvseStatusRequestSchema = z.object({
  ProviderID: providerIdSchema,
  SearchCenter: searchCenterSchema.optional(),
  EVSEStatus: evseStatusSchema.optional(),
});
export type PullEvseStatusRequest = z.infer<typeof pullEvseStatusRequestSchema>;

/**
 * eRoamingPullEVSEStatusByID: "The list MUST not contain more than 100 EvseIDs". Served at its own path
 * `status-records-by-id`; the 2.3 OpenAPI folds it into `status-records` as a oneOf (erratum D-STATUS-PATHS).
 */
export const pullEvseStatusByIdRequestSchema = z.object({
  ProviderID: providerIdSchema,
  EvseID: z.array(evseIdSchema).max(100),
});
export type PullEvseStatusByIdRequest = z.infer<typeof pullEvseStatusByIdRequestSchema>;

/** eRoamingPullEVSEStatusByOperatorID, at `status-records-by-operator-id` (erratum D-STATUS-PATHS). */
export const pullEvseStatusByOperatorIdRequestSchema = z.object({
  ProviderID: providerIdSchema,
  OperatorID: z.array(operatorIdSchema),
});
export type PullEvseStatusByOperatorIdRequest = z.infer<typeof pullEvseStatusByOperatorIdRequestSchema>;

/** eRoamingEVSEStatus: records grouped by operator (answer to PullEvseStatus and ...ByOperatorID). */
export const evseStatusResponseSchema = z.object({
  EvseStatuses: z.object({ OperatorEvseStatus: z.array(operatorEvseStatusSchema) }),
  StatusCode: statusCodeSchema.optional(),
});
export type EvseStatusResponse = z.infer<typeof evseStatusResponseSchema>;

/** eRoamingEVSEStatusByID: a flat list of records (hubject/oicp#117). */
export const evseStatusByIdResponseSchema = z.object({
  EVSEStatusRecords: z.object({ EvseStatusRecord: z.array(evseStatusRecordSchema) }),
  StatusCode: statusCodeSchema.optional(),
});
export type EvseStatusByIdResponse = z.infer<typeof evseStatusByIdResponseSchema>;
