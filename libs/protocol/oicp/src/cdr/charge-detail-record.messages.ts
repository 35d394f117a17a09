import { z } from 'zod';
import { identificationSchema } from '../common/identification';
import {
  evseIdSchema,
  operatorIdSchema,
  partnerSessionIdSchema,
  productIdSchema,
  providerIdSchema,
  sessionIdSchema,
} from '../common/identifiers';
import { pagedResponseSchema } from '../common/pagination';
import {
  acceptingAliases,
  meterValueInBetweenSchema,
  meterValueSchema,
  oicpDateTimeSchema,
  textOfMax,
} from '../common/primitives';

/*
 * eRoamingChargeDetailRecord_V2.2 (CPO → EMP) and eRoamingGetChargeDetailRecords_V2.2 (EMP → CPO; peer to
 * peer the CPO's own CDR store replaces Hubject's). "Hubject will accept only one CDR per SessionID."
 */

/** MeteringStatusType. */
export const meteringStatusSchema = z.enum(['Start', 'Progress', 'End']);

/** SignedMeteringValuesType: a value in the Transparency Software format, at most 3000 characters. */
export const signedMeteringValueSchema = z.object({
  SignedMeteringValue: textOfMax(3000).optional(),
  MeteringStatus: meteringStatusSchema.optional(),
});
export type SignedMeteringValue = z.infer<typeof signedMeteringValueSchema>;

/** CalibrationLawVerificationType (German calibration law, Eichrecht). */
export const calibrationLawVerificationSchema = z.object({
  CalibrationLawCertificateID: textOfMax(100).optional(),
  PublicKey: textOfMax(1000).optional(),
  MeteringSignatureUrl: textOfMax(200).optional(),
  MeteringSignatureEncodingFormat: textOfMax(50).optional(),
  SignedMeteringValuesVerificationInstruction: textOfMax(400).optional(),
});
export type CalibrationLawVerification = z.infer<typeof calibrationLawVerificationSchema>;

/**
 * eRoamingChargeDetailRecord. ChargingStart, ChargingEnd and ConsumedEnergy are mandatory since 2.3.
 * `HubProviderID` in the documents, every example and the CPO schema; `HubProviderId` in the EMP schema
 * (erratum E001): written `HubProviderID`, read in both spellings.
 */
export const chargeDetailRecordSchema = acceptingAliases(
  { HubProviderId: 'HubProviderID' },
  z
    .object({
      SessionID: sessionIdSchema,
      CPOPartnerSessionID: partnerSessionIdSchema.optional(),
      EMPPartnerSessionID: partnerSessionIdSchema.optional(),
      PartnerProductID: productIdSchema.optional(),
      EvseID: evseIdSchema,
      Identification: identificationSchema,
      ChargingStart: oicpDateTimeSchema,
      ChargingEnd: oicpDateTimeSchema,
      SessionStart: oicpDateTimeSchema,
      SessionEnd: oicpDateTimeSchema,
      MeterValueStart: meterValueSchema.optional(),
      MeterValueEnd: meterValueSchema.optional(),
      MeterValueInBetween: meterValueInBetweenSchema.optional(),
      ConsumedEnergy: meterValueSchema,
      // "In total you can provide maximum 10 metering signature values."
      SignedMeteringValues: z.array(signedMeteringValueSchema).max(10).optional(),
      CalibrationLawVerificationInfo: calibrationLawVerificationSchema.optional(),
      HubOperatorID: operatorIdSchema.optional(),
      HubProviderID: providerIdSchema.optional(),
    })
    .superRefine((cdr, ctx) => {
      for (const [start, end] of [
        ['SessionStart', 'SessionEnd'],
        ['ChargingStart', 'ChargingEnd'],
      ] as const) {
        if (Date.parse(cdr[start]) > Date.parse(cdr[end])) {
          ctx.addIssue({ code: 'custom', path: [end], message: `${end} must not be before ${start}` });
        }
      }
    }),
);
export type ChargeDetailRecord = z.infer<typeof chargeDetailRecordSchema>;

/**
 * eRoamingGetChargeDetailRecords: a date range, optionally narrowed. `CDRForwarded` in the document and
 * the example, `CDRForwarder` as the EMP schema's property (erratum E004): written `CDRForwarded`, both read.
 * OperatorID is a single id in the document and the 2.3 schema, a list in Hubject's example and older
 * Swagger (hubject/oicp#72, erratum D-GETCDRS-OPERATORID): a single id is written, a list is read too.
 */
export const getChargeDetailRecordsRequestSchema = acceptingAliases(
  { CDRForwarder: 'CDRForwarded' },
  z
    .object({
      ProviderID: providerIdSchema,
      From: oicpDateTimeSchema,
      To: oicpDateTimeSchema,
      SessionID: z.array(sessionIdSchema).optional(),
      OperatorID: z.union([operatorIdSchema, z.array(operatorIdSchema)]).optional(),
      CDRForwarded: z.boolean().optional(),
    })
    .refine((request) => Date.parse(request.From) <= Date.parse(request.To), {
      path: ['To'],
      message: 'To must not be before From',
    }),
);
export type GetChargeDetailRecordsRequest = z.infer<typeof getChargeDetailRecordsRequestSchema>;

/** eRoamingChargeDetailRecords: one page (default 20, at most 2000 records). */
export const getChargeDetailRecordsResponseSchema = pagedResponseSchema(chargeDetailRecordSchema);
export type GetChargeDetailRecordsResponse = z.infer<typeof getChargeDetailRecordsResponseSchema>;
