import { z } from 'zod';
import { geoCoordinatesSchema } from '../common/geo';
import { chargingPoolIdSchema, evseIdSchema, operatorIdSchema } from '../common/identifiers';
import {
  acceptingAliases,
  countryCodeSchema,
  dayValueSchema,
  infoTextSchema,
  oicpDateTimeSchema,
  periodSchema,
  phoneNumberSchema,
  textOfMax,
} from '../common/primitives';

/* EvseDataRecordType and its enumerations (03_*_Data_Types.asciidoc). */

export const plugTypeSchema = z.enum([
  'Small Paddle Inductive',
  'Large Paddle Inductive',
  'AVCON Connector',
  'Tesla Connector',
  'NEMA 5-20',
  'Type E French Standard',
  'Type F Schuko',
  'Type G British Standard',
  'Type J Swiss Standard',
  'Type 1 Connector (Cable Attached)',
  'Type 2 Outlet',
  'Type 2 Connector (Cable Attached)',
  'Type 3 Outlet',
  'IEC 60309 Single Phase',
  'IEC 60309 Three Phase',
  'CCS Combo 2 Plug (Cable Attached)',
  'CCS Combo 1 Plug (Cable Attached)',
  'CHAdeMO',
]);
export type PlugType = z.infer<typeof plugTypeSchema>;

export const powerTypeSchema = z.enum(['AC_1_PHASE', 'AC_3_PHASE', 'DC']);
export type PowerType = z.infer<typeof powerTypeSchema>;

export const chargingModeSchema = z.enum(['Mode_1', 'Mode_2', 'Mode_3', 'Mode_4', 'CHAdeMO']);
export type ChargingMode = z.infer<typeof chargingModeSchema>;

export const authenticationModeSchema = z.enum([
  'NFC RFID Classic',
  'NFC RFID DESFire',
  'PnC',
  'REMOTE',
  'Direct Payment',
  'No Authentication Required',
]);
export type AuthenticationMode = z.infer<typeof authenticationModeSchema>;

export const paymentOptionSchema = z.enum(['No Payment', 'Direct', 'Contract']);
export type PaymentOption = z.infer<typeof paymentOptionSchema>;

export const valueAddedServiceSchema = z.enum([
  'Reservation',
  'DynamicPricing',
  'ParkingSensors',
  'MaximumPowerCharging',
  'PredictiveChargePointUsage',
  'ChargingPlans',
  'RoofProvided',
  'None',
]);
export type ValueAddedService = z.infer<typeof valueAddedServiceSchema>;

export const accessibilitySchema = z.enum([
  'Free publicly accessible',
  'Restricted access',
  'Paying publicly accessible',
  'Test Station',
]);
export type Accessibility = z.infer<typeof accessibilitySchema>;

export const accessibilityLocationSchema = z.enum([
  'OnStreet',
  'ParkingLot',
  'ParkingGarage',
  'UndergroundParkingGarage',
]);
export type AccessibilityLocation = z.infer<typeof accessibilityLocationSchema>;

export const calibrationLawDataAvailabilitySchema = z.enum(['Local', 'External', 'Not Available']);
export type CalibrationLawDataAvailability = z.infer<typeof calibrationLawDataAvailabilitySchema>;

export const energyTypeSchema = z.enum([
  'Solar',
  'Wind',
  'HydroPower',
  'GeothermalEnergy',
  'Biomass',
  'Coal',
  'NuclearEnergy',
  'Petroleum',
  'NaturalGas',
]);
export type EnergyType = z.infer<typeof energyTypeSchema>;

/** `true` / `false` / `auto` as strings: "auto is set to true by Hubject if the operator offers EVSEStatus data". */
export const dynamicInfoAvailableSchema = z.enum(['true', 'false', 'auto']);

/** deltaType of a record in a delta pull (LastCall). */
export const deltaTypeSchema = z.enum(['update', 'insert', 'delete']);

/** TimeZoneType `UTC+01:00`; Hubject's `[+,-]` also admits a comma and is not anchored. */
export const timeZoneSchema = z.string().regex(/^UTC[+-][0-9]{2}:[0-9]{2}$/, 'a UTC offset such as UTC+01:00');

/** AddressIso19773Type. */
export const addressSchema = z.object({
  Country: countryCodeSchema,
  City: z.string().min(1).max(50),
  Street: z.string().min(2).max(100),
  PostalCode: textOfMax(10),
  HouseNum: textOfMax(10),
  Floor: textOfMax(5).optional(),
  Region: textOfMax(50).optional(),
  ParkingFacility: z.boolean().optional(),
  ParkingSpot: textOfMax(5).optional(),
  TimeZone: timeZoneSchema.optional(),
});
export type Address = z.infer<typeof addressSchema>;

/**
 * ChargingFacilityType. Power is "Integer, field length 3" (kW) in the document and the CPO schema, but
 * an unconstrained number in the EMP schema (erratum E003). Read as a number from 0 to 999 so that a
 * 7.4 kW or 22.5 kW facility is not lost; write whole kW when talking to Hubject.
 */
export const chargingFacilitySchema = z.object({
  PowerType: powerTypeSchema,
  Voltage: z.number().int().min(0).max(999).optional(),
  Amperage: z.number().int().min(0).max(99).optional(),
  Power: z.number().min(0).max(999),
  ChargingModes: z.array(chargingModeSchema).optional(),
});
export type ChargingFacility = z.infer<typeof chargingFacilitySchema>;

/**
 * EnergySourceType. Percentage is "Integer, field length 2" (0-99) in the document and schemas; a
 * source supplying 100 % cannot be expressed, which hubject/oicp-cpo-2.3-api-doc d2d274a ("Allow 100% in
 * EnergySource", unmerged) fixes. Applied: 0-100 (erratum X-ENERGY-100).
 */
export const energySourceSchema = z.object({
  Energy: energyTypeSchema.optional(),
  Percentage: z.number().int().min(0).max(100).optional(),
});
export type EnergySource = z.infer<typeof energySourceSchema>;

/** EnvironmentalImpactType, g/kWh, Decimal of field length 5. */
export const environmentalImpactSchema = z.object({
  CO2Emission: z.number().min(0).max(99999).optional(),
  NuclearWaste: z.number().min(0).max(99999).optional(),
});

/** OpeningTimesType: `Period` (singular here; ProductAvailabilityTimes says `Periods`). */
export const openingTimesSchema = z.object({ Period: z.array(periodSchema), on: dayValueSchema });
export type OpeningTimes = z.infer<typeof openingTimesSchema>;

const evseDataRecordFields = {
  deltaType: deltaTypeSchema.optional(),
  lastUpdate: oicpDateTimeSchema.optional(),
  EvseID: evseIdSchema,
  ChargingPoolID: chargingPoolIdSchema.optional(),
  ChargingStationId: textOfMax(50).optional(),
  ChargingStationNames: z.array(infoTextSchema),
  HardwareManufacturer: textOfMax(50).optional(),
  ChargingStationImage: textOfMax(200).optional(),
  SubOperatorName: textOfMax(100).optional(),
  Address: addressSchema,
  // Mandatory in the 2.3 document and at Hubject, once optional (hubject/oicp#49, erratum D-GEO-REQUIRED).
  GeoCoordinates: geoCoordinatesSchema,
  Plugs: z.array(plugTypeSchema),
  DynamicPowerLevel: z.boolean().optional(),
  ChargingFacilities: z.array(chargingFacilitySchema),
  RenewableEnergy: z.boolean(),
  EnergySource: z.array(energySourceSchema).optional(),
  EnvironmentalImpact: environmentalImpactSchema.optional(),
  CalibrationLawDataAvailability: calibrationLawDataAvailabilitySchema,
  AuthenticationModes: z.array(authenticationModeSchema),
  MaxCapacity: z.number().int().min(0).optional(),
  PaymentOptions: z.array(paymentOptionSchema),
  ValueAddedServices: z.array(valueAddedServiceSchema),
  Accessibility: accessibilitySchema,
  AccessibilityLocation: accessibilityLocationSchema.optional(),
  HotlinePhoneNumber: phoneNumberSchema,
  AdditionalInfo: z.array(infoTextSchema).optional(),
  ChargingStationLocationReference: z.array(infoTextSchema).optional(),
  GeoChargingPointEntrance: geoCoordinatesSchema.optional(),
  IsOpen24Hours: z.boolean(),
  OpeningTimes: z.array(openingTimesSchema).optional(),
  HubOperatorID: operatorIdSchema.optional(),
  ClearinghouseID: textOfMax(20).optional(),
  IsHubjectCompatible: z.boolean(),
  DynamicInfoAvailable: dynamicInfoAvailableSchema,
};

type EvseDataRecordShape = { PaymentOptions: string[]; IsOpen24Hours: boolean; OpeningTimes?: unknown[] };

/** Cross-field rules of EvseDataRecordType. */
function checkEvseDataRecord(record: EvseDataRecordShape, ctx: z.RefinementCtx) {
  // PaymentOptionType: "No Payment can not be combined with other payment option".
  if (record.PaymentOptions.includes('No Payment') && record.PaymentOptions.length > 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['PaymentOptions'],
      message: '"No Payment" cannot be combined with other options',
    });
  }
  // OpeningTimes is M/O: mandatory when the EVSE "cannot be accessed around the clock".
  if (!record.IsOpen24Hours && (record.OpeningTimes ?? []).length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['OpeningTimes'],
      message: 'OpeningTimes are required when IsOpen24Hours is false',
    });
  }
}

/**
 * `ChargingStationId` in the CPO document and both schemas, `ChargingStationID` in the EMP document and
 * in every Hubject example (erratum E002): written as `ChargingStationId`, read in both spellings.
 */
const CHARGING_STATION_ID_ALIAS = { ChargingStationID: 'ChargingStationId' } as const;

/** EvseDataRecordType, as a CPO pushes it. */
export const evseDataRecordSchema = acceptingAliases(
  CHARGING_STATION_ID_ALIAS,
  z.object(evseDataRecordFields).superRefine(checkEvseDataRecord),
);
export type EvseDataRecord = z.infer<typeof evseDataRecordSchema>;

/**
 * PullEvseDataRecordType: an EvseDataRecord that also names its operator, as a pull returns it. Hubject's
 * own example of the answer writes `OperatorId` (erratum X-PULL-OPERATORID): read too, carried as `OperatorID`.
 */
export const pullEvseDataRecordSchema = acceptingAliases(
  { ...CHARGING_STATION_ID_ALIAS, OperatorId: 'OperatorID' },
  z
    .object({ ...evseDataRecordFields, OperatorID: operatorIdSchema, OperatorName: textOfMax(100) })
    .superRefine(checkEvseDataRecord),
);
export type PullEvseDataRecord = z.infer<typeof pullEvseDataRecordSchema>;
