import { z } from 'zod';
import {
  evseIdSchema,
  operatorIdSchema,
  productIdSchema,
  providerIdOrAsteriskSchema,
  providerIdSchema,
} from '../common/identifiers';
import {
  acceptingAliases,
  actionTypeSchema,
  currencyIdSchema,
  dayValueSchema,
  oicpDateTimeSchema,
  periodSchema,
  textOfMax,
} from '../common/primitives';
import { statusCodeSchema } from '../common/status-codes';

/*
 * eRoamingDynamicPricing_V1.0: PushPricingProductData and PushEVSEPricing (CPO → EMP),
 * PullPricingProductData and PullEVSEPricing (EMP → CPO). Prices are pushed without VAT.
 */

/** ReferenceUnitType. */
export const referenceUnitSchema = z.enum(['HOUR', 'KILOWATT_HOUR', 'MINUTE']);
export type ReferenceUnit = z.infer<typeof referenceUnitSchema>;

/** AdditionalReferenceType. */
export const additionalReferenceSchema = z.enum([
  'START FEE',
  'FIXED FEE',
  'PARKING FEE',
  'MINIMUM FEE',
  'MAXIMUM FEE',
]);

/**
 * ProductAvailabilityTimesType. The document calls the list `Period`, the schemas and examples `Periods`
 * (hubject/oicp#126, erratum D-PERIODS): written `Periods`, read in both spellings.
 */
export const productAvailabilityTimesSchema = acceptingAliases(
  { Period: 'Periods' },
  z.object({ Periods: z.array(periodSchema), on: dayValueSchema }),
);

/** PricingProductDataRecordType. */
export const pricingProductDataRecordSchema = z.object({
  ProductID: productIdSchema,
  ReferenceUnit: referenceUnitSchema,
  ProductPriceCurrency: currencyIdSchema,
  PricePerReferenceUnit: z.number(),
  MaximumProductChargingPower: z.number().min(0),
  IsValid24hours: z.boolean(),
  ProductAvailabilityTimes: z.array(productAvailabilityTimesSchema),
  AdditionalReferences: z
    .array(
      z.object({
        AdditionalReference: additionalReferenceSchema,
        AdditionalReferenceUnit: referenceUnitSchema,
        PricePerAdditionalReferenceUnit: z.number(),
      }),
    )
    .optional(),
});
export type PricingProductDataRecord = z.infer<typeof pricingProductDataRecordSchema>;

/** PricingProductDataType: one operator's products for one EMP, or for all (`ProviderID: "*"`). */
export const pricingProductDataSchema = z.object({
  OperatorID: operatorIdSchema,
  OperatorName: textOfMax(100).optional(),
  ProviderID: providerIdOrAsteriskSchema,
  PricingDefaultPrice: z.number(),
  PricingDefaultPriceCurrency: currencyIdSchema,
  PricingDefaultReferenceUnit: referenceUnitSchema,
  PricingProductDataRecords: z.array(pricingProductDataRecordSchema),
});
export type PricingProductData = z.infer<typeof pricingProductDataSchema>;

/** eRoamingPushPricingProductData. */
export const pushPricingProductDataRequestSchema = z.object({
  ActionType: actionTypeSchema,
  PricingProductData: pricingProductDataSchema,
});
export type PushPricingProductDataRequest = z.infer<typeof pushPricingProductDataRequestSchema>;

/** EVSEPricingType: the products that apply at one EVSE for one EMP (or `*`), "1...n" products. */
export const evsePricingSchema = z.object({
  EvseID: evseIdSchema,
  ProviderID: providerIdOrAsteriskSchema,
  EvseIDProductList: z.array(productIdSchema).min(1),
});
export type EvsePricing = z.infer<typeof evsePricingSchema>;

/** eRoamingPushEVSEPricing: "1...n" assignments; every EvseID must belong to the operator, else 018. */
export const pushEvsePricingRequestSchema = z.object({
  ActionType: actionTypeSchema,
  EVSEPricing: z.array(evsePricingSchema).min(1),
});
export type PushEvsePricingRequest = z.infer<typeof pushEvsePricingRequestSchema>;

/** eRoamingPullPricingProductData: no ProviderID in the body, only in the path. */
export const pullPricingProductDataRequestSchema = z.object({
  LastCall: oicpDateTimeSchema.optional(),
  OperatorIDs: z.array(operatorIdSchema),
});
export type PullPricingProductDataRequest = z.infer<typeof pullPricingProductDataRequestSchema>;

/** eRoamingPricingProductData. */
export const pullPricingProductDataResponseSchema = z.object({
  PricingProductData: z.array(pricingProductDataSchema),
  StatusCode: statusCodeSchema.optional(),
});
export type PullPricingProductDataResponse = z.infer<typeof pullPricingProductDataResponseSchema>;

/** eRoamingPullEVSEPricing. */
export const pullEvsePricingRequestSchema = z.object({
  ProviderID: providerIdSchema,
  LastCall: oicpDateTimeSchema.optional(),
  OperatorIDs: z.array(operatorIdSchema),
});
export type PullEvsePricingRequest = z.infer<typeof pullEvsePricingRequestSchema>;

/** OperatorEVSEPricingType: one operator's EVSE pricing. */
export const operatorEvsePricingSchema = z.object({
  OperatorID: operatorIdSchema,
  OperatorName: textOfMax(100).optional(),
  EVSEPricing: z.array(evsePricingSchema),
});
export type OperatorEvsePricing = z.infer<typeof operatorEvsePricingSchema>;

/**
 * eRoamingEVSEPricing. The document (and WWCP_OICP) name the list `OperatorEVSEPricing`; the EMP schema
 * and its example call it `EVSEPricing` (erratum X-EVSE-PRICING-KEY): written as the document says, both read.
 */
export const pullEvsePricingResponseSchema = acceptingAliases(
  { EVSEPricing: 'OperatorEVSEPricing' },
  z.object({
    OperatorEVSEPricing: z.array(operatorEvsePricingSchema),
    StatusCode: statusCodeSchema.optional(),
  }),
);
export type PullEvsePricingResponse = z.infer<typeof pullEvsePricingResponseSchema>;
