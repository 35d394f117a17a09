import { z } from 'zod';

/*
 * Every enumeration of the OCPI 2.2.1 modules, grouped by the chapter that defines it. They live in
 * one file because several are shared across modules (TokenType, ProfileType, ConnectorType...) and
 * the module schemas would otherwise import each other in a circle.
 */

// --- Locations (mod_locations.asciidoc) -----------------------------------------------------------

/** Capability enum (mod_locations_capability_enum). */
export const capabilitySchema = z.enum([
  'CHARGING_PROFILE_CAPABLE',
  'CHARGING_PREFERENCES_CAPABLE',
  'CHIP_CARD_SUPPORT',
  'CONTACTLESS_CARD_SUPPORT',
  'CREDIT_CARD_PAYABLE',
  'DEBIT_CARD_PAYABLE',
  'PED_TERMINAL',
  'REMOTE_START_STOP_CAPABLE',
  'RESERVABLE',
  'RFID_READER',
  'START_SESSION_CONNECTOR_REQUIRED',
  'TOKEN_GROUP_CAPABLE',
  'UNLOCK_CAPABLE',
]);
export type Capability = z.infer<typeof capabilitySchema>;

/** ConnectorFormat enum (mod_locations_connectorformat_enum). */
export const connectorFormatSchema = z.enum(['SOCKET', 'CABLE']);
export type ConnectorFormat = z.infer<typeof connectorFormatSchema>;

/** ConnectorType enum (mod_locations_connectortype_enum). */
export const connectorTypeSchema = z.enum([
  'CHADEMO',
  'CHAOJI',
  'DOMESTIC_A',
  'DOMESTIC_B',
  'DOMESTIC_C',
  'DOMESTIC_D',
  'DOMESTIC_E',
  'DOMESTIC_F',
  'DOMESTIC_G',
  'DOMESTIC_H',
  'DOMESTIC_I',
  'DOMESTIC_J',
  'DOMESTIC_K',
  'DOMESTIC_L',
  'DOMESTIC_M',
  'DOMESTIC_N',
  'DOMESTIC_O',
  'GBT_AC',
  'GBT_DC',
  'IEC_60309_2_single_16',
  'IEC_60309_2_three_16',
  'IEC_60309_2_three_32',
  'IEC_60309_2_three_64',
  'IEC_62196_T1',
  'IEC_62196_T1_COMBO',
  'IEC_62196_T2',
  'IEC_62196_T2_COMBO',
  'IEC_62196_T3A',
  'IEC_62196_T3C',
  'NEMA_5_20',
  'NEMA_6_30',
  'NEMA_6_50',
  'NEMA_10_30',
  'NEMA_10_50',
  'NEMA_14_30',
  'NEMA_14_50',
  'PANTOGRAPH_BOTTOM_UP',
  'PANTOGRAPH_TOP_DOWN',
  'TESLA_R',
  'TESLA_S',
]);
export type ConnectorType = z.infer<typeof connectorTypeSchema>;

/** EnergySourceCategory enum (mod_locations_energysourcecategory_enum). */
export const energySourceCategorySchema = z.enum([
  'NUCLEAR',
  'GENERAL_FOSSIL',
  'COAL',
  'GAS',
  'GENERAL_GREEN',
  'SOLAR',
  'WIND',
  'WATER',
]);
export type EnergySourceCategory = z.infer<typeof energySourceCategorySchema>;

/** EnvironmentalImpactCategory enum (mod_locations_environmentalimpactcategory_enum). */
export const environmentalImpactCategorySchema = z.enum(['NUCLEAR_WASTE', 'CARBON_DIOXIDE']);
export type EnvironmentalImpactCategory = z.infer<typeof environmentalImpactCategorySchema>;

/** Facility enum (mod_locations_facility_enum). */
export const facilitySchema = z.enum([
  'HOTEL',
  'RESTAURANT',
  'CAFE',
  'MALL',
  'SUPERMARKET',
  'SPORT',
  'RECREATION_AREA',
  'NATURE',
  'MUSEUM',
  'BIKE_SHARING',
  'BUS_STOP',
  'TAXI_STAND',
  'TRAM_STOP',
  'METRO_STATION',
  'TRAIN_STATION',
  'AIRPORT',
  'PARKING_LOT',
  'CARPOOL_PARKING',
  'FUEL_STATION',
  'WIFI',
]);
export type Facility = z.infer<typeof facilitySchema>;

/** ImageCategory enum (mod_locations_imagecategory_enum). */
export const imageCategorySchema = z.enum(['CHARGER', 'ENTRANCE', 'LOCATION', 'NETWORK', 'OPERATOR', 'OTHER', 'OWNER']);
export type ImageCategory = z.infer<typeof imageCategorySchema>;

/** ParkingRestriction enum (mod_locations_parkingrestriction_enum). */
export const parkingRestrictionSchema = z.enum(['EV_ONLY', 'PLUGGED', 'DISABLED', 'CUSTOMERS', 'MOTORCYCLES']);
export type ParkingRestriction = z.infer<typeof parkingRestrictionSchema>;

/** ParkingType enum (mod_locations_parkingtype_enum). */
export const parkingTypeSchema = z.enum([
  'ALONG_MOTORWAY',
  'PARKING_GARAGE',
  'PARKING_LOT',
  'ON_DRIVEWAY',
  'ON_STREET',
  'UNDERGROUND_GARAGE',
]);
export type ParkingType = z.infer<typeof parkingTypeSchema>;

/** PowerType enum (mod_locations_powertype_enum). */
export const powerTypeSchema = z.enum(['AC_1_PHASE', 'AC_2_PHASE', 'AC_2_PHASE_SPLIT', 'AC_3_PHASE', 'DC']);
export type PowerType = z.infer<typeof powerTypeSchema>;

/** Status enum of an EVSE (mod_locations_status_enum). */
export const evseStatusSchema = z.enum([
  'AVAILABLE',
  'BLOCKED',
  'CHARGING',
  'INOPERATIVE',
  'OUTOFORDER',
  'PLANNED',
  'REMOVED',
  'RESERVED',
  'UNKNOWN',
]);
export type EvseStatus = z.infer<typeof evseStatusSchema>;

// --- Sessions (mod_sessions.asciidoc) -------------------------------------------------------------

/** ChargingPreferencesResponse enum (mod_sessions_charging_preferences_response_enum). */
export const chargingPreferencesResponseSchema = z.enum([
  'ACCEPTED',
  'DEPARTURE_REQUIRED',
  'ENERGY_NEED_REQUIRED',
  'NOT_POSSIBLE',
  'PROFILE_TYPE_NOT_SUPPORTED',
]);
export type ChargingPreferencesResponse = z.infer<typeof chargingPreferencesResponseSchema>;

/** ProfileType enum (mod_sessions_profile_type_enum). */
export const profileTypeSchema = z.enum(['CHEAP', 'FAST', 'GREEN', 'REGULAR']);
export type ProfileType = z.infer<typeof profileTypeSchema>;

/** SessionStatus enum (mod_sessions_sessionstatus_enum). */
export const sessionStatusSchema = z.enum(['ACTIVE', 'COMPLETED', 'INVALID', 'PENDING', 'RESERVATION']);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

// --- CDRs (mod_cdrs.asciidoc) ---------------------------------------------------------------------

/** AuthMethod enum (mod_cdrs_authmethod_enum). */
export const authMethodSchema = z.enum(['AUTH_REQUEST', 'COMMAND', 'WHITELIST']);
export type AuthMethod = z.infer<typeof authMethodSchema>;

/** CdrDimensionType enum (mod_cdrs_cdrdimensiontype_enum). */
export const cdrDimensionTypeSchema = z.enum([
  'CURRENT',
  'ENERGY',
  'ENERGY_EXPORT',
  'ENERGY_IMPORT',
  'MAX_CURRENT',
  'MIN_CURRENT',
  'MAX_POWER',
  'MIN_POWER',
  'PARKING_TIME',
  'POWER',
  'RESERVATION_TIME',
  'STATE_OF_CHARGE',
  'TIME',
]);
export type CdrDimensionType = z.infer<typeof cdrDimensionTypeSchema>;

/** The dimension types marked "Session Only": they SHALL NOT appear in a CDR (mod_cdrs_cdrdimensiontype_enum). */
export const SESSION_ONLY_DIMENSION_TYPES: readonly CdrDimensionType[] = [
  'CURRENT',
  'ENERGY_EXPORT',
  'ENERGY_IMPORT',
  'POWER',
  'STATE_OF_CHARGE',
];

// --- Tariffs (mod_tariffs.asciidoc) ---------------------------------------------------------------

/** DayOfWeek enum (mod_tariffs_dayofweek_enum). */
export const dayOfWeekSchema = z.enum(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY']);
export type DayOfWeek = z.infer<typeof dayOfWeekSchema>;

/** ReservationRestrictionType enum (mod_tariffs_reservation_restriction_type). */
export const reservationRestrictionTypeSchema = z.enum(['RESERVATION', 'RESERVATION_EXPIRES']);
export type ReservationRestrictionType = z.infer<typeof reservationRestrictionTypeSchema>;

/** TariffDimensionType enum (mod_tariffs_tariffdimensiontype_enum). */
export const tariffDimensionTypeSchema = z.enum(['ENERGY', 'FLAT', 'PARKING_TIME', 'TIME']);
export type TariffDimensionType = z.infer<typeof tariffDimensionTypeSchema>;

/** TariffType enum (mod_tariffs_tariff_type). */
export const tariffTypeSchema = z.enum(['AD_HOC_PAYMENT', 'PROFILE_CHEAP', 'PROFILE_FAST', 'PROFILE_GREEN', 'REGULAR']);
export type TariffType = z.infer<typeof tariffTypeSchema>;

// --- Tokens (mod_tokens.asciidoc) -----------------------------------------------------------------

/** AllowedType enum (mod_tokens_allowed_enum). */
export const allowedTypeSchema = z.enum(['ALLOWED', 'BLOCKED', 'EXPIRED', 'NO_CREDIT', 'NOT_ALLOWED']);
export type AllowedType = z.infer<typeof allowedTypeSchema>;

/** TokenType enum (mod_tokens_tokentype_enum). */
export const tokenTypeSchema = z.enum(['AD_HOC_USER', 'APP_USER', 'OTHER', 'RFID']);
export type TokenType = z.infer<typeof tokenTypeSchema>;

/** WhitelistType enum (mod_tokens_whitelisttype_enum). */
export const whitelistTypeSchema = z.enum(['ALWAYS', 'ALLOWED', 'ALLOWED_OFFLINE', 'NEVER']);
export type WhitelistType = z.infer<typeof whitelistTypeSchema>;

// --- Commands (mod_commands.asciidoc) -------------------------------------------------------------

/** CommandResponseType enum (mod_commands_commandresponsetype_enum). */
export const commandResponseTypeSchema = z.enum(['NOT_SUPPORTED', 'REJECTED', 'ACCEPTED', 'UNKNOWN_SESSION']);
export type CommandResponseType = z.infer<typeof commandResponseTypeSchema>;

/** CommandResultType enum (mod_commands_commandresulttype_enum). */
export const commandResultTypeSchema = z.enum([
  'ACCEPTED',
  'CANCELED_RESERVATION',
  'EVSE_OCCUPIED',
  'EVSE_INOPERATIVE',
  'FAILED',
  'NOT_SUPPORTED',
  'REJECTED',
  'TIMEOUT',
  'UNKNOWN_RESERVATION',
]);
export type CommandResultType = z.infer<typeof commandResultTypeSchema>;

/** CommandType enum (mod_commands_commandtype_enum). */
export const commandTypeSchema = z.enum([
  'CANCEL_RESERVATION',
  'RESERVE_NOW',
  'START_SESSION',
  'STOP_SESSION',
  'UNLOCK_CONNECTOR',
]);
export type CommandType = z.infer<typeof commandTypeSchema>;

// --- Charging profiles (mod_charging_profiles.asciidoc) -------------------------------------------

/** ChargingRateUnit enum (mod_charging_profiles_chargingrateunit). */
export const chargingRateUnitSchema = z.enum(['W', 'A']);
export type ChargingRateUnit = z.infer<typeof chargingRateUnitSchema>;

/** ChargingProfileResponseType enum (mod_charging_profiles_responsetype_enum). */
export const chargingProfileResponseTypeSchema = z.enum([
  'ACCEPTED',
  'NOT_SUPPORTED',
  'REJECTED',
  'TOO_OFTEN',
  'UNKNOWN_SESSION',
]);
export type ChargingProfileResponseType = z.infer<typeof chargingProfileResponseTypeSchema>;

/** ChargingProfileResultType enum (mod_charging_profiles_resulttype_enum). */
export const chargingProfileResultTypeSchema = z.enum(['ACCEPTED', 'REJECTED', 'UNKNOWN']);
export type ChargingProfileResultType = z.infer<typeof chargingProfileResultTypeSchema>;

// --- HubClientInfo (mod_hub_client_info.asciidoc) -------------------------------------------------

/** ConnectionStatus enum (mod_hub_client_info_hub_connection_type_enum). */
export const connectionStatusSchema = z.enum(['CONNECTED', 'OFFLINE', 'PLANNED', 'SUSPENDED']);
export type ConnectionStatus = z.infer<typeof connectionStatusSchema>;
