import { z } from 'zod';
import { geoCoordinatesResponseFormatSchema, geoCoordinatesSchema } from '../common/geo';
import { operatorIdSchema, providerIdSchema } from '../common/identifiers';
import { pagedResponseSchema } from '../common/pagination';
import {
  acceptingAliases,
  actionTypeSchema,
  countryCodeSchema,
  oicpDateTimeSchema,
  textOfMax,
} from '../common/primitives';
import {
  accessibilitySchema,
  authenticationModeSchema,
  calibrationLawDataAvailabilitySchema,
  evseDataRecordSchema,
  pullEvseDataRecordSchema,
} from './evse-data-record.schema';

/* eRoamingEvseData: PushEvseData_V2.3 (CPO → EMP) and PullEvseData_V2.3 (EMP → CPO). */

/** OperatorEvseDataType: OperatorName is mandatory here, unlike in OperatorEvseStatus (hubject/oicp#47, D-OPERATORNAME). */
export const operatorEvseDataSchema = z.object({
  OperatorID: operatorIdSchema,
  OperatorName: textOfMax(100),
  // "M 0...n": an empty list is allowed, a fullLoad with it clears the set (hubject/oicp#46).
  EvseDataRecord: z.array(evseDataRecordSchema),
});
export type OperatorEvseData = z.infer<typeof operatorEvseDataSchema>;

/** eRoamingPushEvseData. Every EvseID must belong to the OperatorID, else status 018. */
export const pushEvseDataRequestSchema = z.object({
  ActionType: actionTypeSchema,
  OperatorEvseData: operatorEvseDataSchema,
});
export type PushEvseDataRequest = z.infer<typeof pushEvseDataRequestSchema>;

/** SearchCenterType: a position and a radius in km, Decimal (4,1). */
export const searchCenterSchema = z.object({
  GeoCoordinates: geoCoordinatesSchema,
  Radius: z.number().min(0).max(999.9),
});
export type SearchCenter = z.infer<typeof searchCenterSchema>;

/**
 * eRoamingPullEVSEData. The filter property is `OperatorIds` in the document, the schema and every
 * example, while every other message says `OperatorIDs` (hubject/oicp PR #88/#95, erratum D-OPERATORIDS):
 * written `OperatorIds` as Hubject implements it, `OperatorIDs` read too.
 * LastCall (delta pull) "cannot be combined with SearchCenter, CountryCodes, and OperatorIDs"; the delta pull
 * is documented incompletely (hubject/oicp#104, erratum D-LASTCALL), so the document's rule is applied as written.
 */
export const pullEvseDataRequestSchema = acceptingAliases(
  { OperatorIDs: 'OperatorIds' },
  z
    .object({
      ProviderID: providerIdSchema,
      SearchCenter: searchCenterSchema.optional(),
      LastCall: oicpDateTimeSchema.optional(),
      GeoCoordinatesResponseFormat: geoCoordinatesResponseFormatSchema,
      CountryCodes: z.array(countryCodeSchema).optional(),
      OperatorIds: z.array(operatorIdSchema).optional(),
      AuthenticationModes: z.array(authenticationModeSchema).optional(),
      Accessibility: z.array(accessibilitySchema).optional(),
      CalibrationLawDataAvailability: z.array(calibrationLawDataAvailabilitySchema).optional(),
      RenewableEnergy: z.boolean().optional(),
      IsHubjectCompatible: z.boolean().optional(),
      IsOpen24Hours: z.boolean().optional(),
    })
    .superRefine((request, ctx) => {
      if (request.LastCall === undefined) return;
      for (const filter of ['SearchCenter', 'CountryCodes', 'OperatorIds'] as const) {
        if (request[filter] !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [filter],
            message: `LastCall (delta pull) cannot be combined with ${filter}`,
          });
        }
      }
    }),
);
export type PullEvseDataRequest = z.infer<typeof pullEvseDataRequestSchema>;

/** eRoamingEVSEData: one page of PullEvseDataRecords (`?page=&size=`, default size 20). */
export const pullEvseDataResponseSchema = pagedResponseSchema(pullEvseDataRecordSchema);
export type PullEvseDataResponse = z.infer<typeof pullEvseDataResponseSchema>;
