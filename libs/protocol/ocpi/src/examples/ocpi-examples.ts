import type { Cdr } from '../schemas/cdrs.schemas';
import type { ChargingProfileResponse, SetChargingProfile } from '../schemas/charging-profiles.schemas';
import type { CommandResponse, CommandResult, StartSession } from '../schemas/commands.schemas';
import type { Credentials } from '../schemas/credentials.schemas';
import type { ClientInfo } from '../schemas/hub-client-info.schemas';
import type { Location } from '../schemas/locations.schemas';
import type { Session } from '../schemas/sessions.schemas';
import type { Tariff } from '../schemas/tariffs.schemas';
import type { AuthorizationInfo, Token } from '../schemas/tokens.schemas';
import type { VersionDetails } from '../schemas/versions.schemas';

/*
 * Realistic sample objects, written for ChargeMesh (not taken from the specification): the CPO
 * DE*CMX runs a car park in Cologne, the eMSP NL*EVM has a driver with an RFID card who charges
 * there. Tests start from these and break one field at a time; other services may use them too.
 * Each call returns a fresh copy.
 */

const CPO = { country_code: 'DE', party_id: 'CMX' } as const;
const EMSP = { country_code: 'NL', party_id: 'EVM' } as const;

const location = (): Location => ({
  ...CPO,
  id: 'KOELN-DOM-01',
  publish: true,
  name: 'Parkhaus am Dom',
  address: 'Trankgasse 11',
  city: 'Köln',
  postal_code: '50667',
  country: 'DEU',
  coordinates: { latitude: '50.9424071', longitude: '6.9568463' },
  related_locations: [
    { latitude: '50.9419510', longitude: '6.9580012', name: { language: 'de', text: 'Einfahrt Trankgasse' } },
  ],
  parking_type: 'PARKING_GARAGE',
  evses: [
    {
      uid: 'KDOM-01-E1',
      evse_id: 'DE*CMX*E0000101',
      status: 'AVAILABLE',
      status_schedule: [
        { period_begin: '2026-03-01T06:00:00Z', period_end: '2026-03-01T10:00:00Z', status: 'INOPERATIVE' },
      ],
      capabilities: ['RFID_READER', 'REMOTE_START_STOP_CAPABLE', 'RESERVABLE', 'CHARGING_PROFILE_CAPABLE'],
      connectors: [
        {
          id: '1',
          standard: 'IEC_62196_T2',
          format: 'SOCKET',
          power_type: 'AC_3_PHASE',
          max_voltage: 230,
          max_amperage: 32,
          max_electric_power: 22000,
          tariff_ids: ['AC-STANDARD'],
          terms_and_conditions: 'https://cpo.chargemesh.example/terms',
          last_updated: '2026-02-10T09:30:00Z',
        },
      ],
      floor_level: '-2',
      physical_reference: 'P2-01',
      directions: [{ language: 'de', text: 'Ebene -2, neben dem Aufzug' }],
      parking_restrictions: ['EV_ONLY'],
      last_updated: '2026-02-10T09:30:00Z',
    },
  ],
  operator: {
    name: 'ChargeMesh Demo CPO',
    website: 'https://cpo.chargemesh.example',
    logo: {
      url: 'https://cpo.chargemesh.example/logo.png',
      category: 'OPERATOR',
      type: 'png',
      width: 512,
      height: 512,
    },
  },
  facilities: ['PARKING_LOT', 'TRAIN_STATION'],
  time_zone: 'Europe/Berlin',
  opening_times: {
    twentyfourseven: false,
    regular_hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, period_begin: '06:00', period_end: '23:30' })),
    exceptional_closings: [{ period_begin: '2026-12-24T13:00:00Z', period_end: '2026-12-26T05:00:00Z' }],
  },
  charging_when_closed: true,
  energy_mix: {
    is_green_energy: true,
    energy_sources: [
      { source: 'WIND', percentage: 70 },
      { source: 'SOLAR', percentage: 30 },
    ],
    supplier_name: 'Rheinstrom Grün',
  },
  last_updated: '2026-02-10T09:30:00Z',
});

const tariff = (): Tariff => ({
  ...CPO,
  id: 'AC-STANDARD',
  currency: 'EUR',
  type: 'REGULAR',
  tariff_alt_text: [{ language: 'de', text: '0,39 €/kWh; ab 4 Stunden 0,10 €/Minute Blockiergebühr' }],
  elements: [
    { price_components: [{ type: 'ENERGY', price: 0.3277, vat: 19, step_size: 1 }] },
    {
      price_components: [{ type: 'PARKING_TIME', price: 5.042, vat: 19, step_size: 60 }],
      restrictions: { min_duration: 14400 },
    },
  ],
  max_price: { excl_vat: 50, incl_vat: 59.5 },
  last_updated: '2026-01-15T00:00:00Z',
});

const token = (): Token => ({
  ...EMSP,
  uid: '04A1B2C3D4E5F6',
  type: 'RFID',
  contract_id: 'NL-EVM-C12345678-X',
  visual_number: 'EVM 1234 5678',
  issuer: 'EV Mobility Netherlands',
  group_id: 'FAMILY-0042',
  valid: true,
  whitelist: 'ALLOWED',
  language: 'nl',
  default_profile_type: 'REGULAR',
  last_updated: '2026-01-20T08:00:00Z',
});

const cdrToken = () => ({ ...EMSP, uid: '04A1B2C3D4E5F6', type: 'RFID', contract_id: 'NL-EVM-C12345678-X' }) as const;

const session = (): Session => ({
  ...CPO,
  id: 'SES-2026-000187',
  start_date_time: '2026-02-12T17:02:11Z',
  kwh: 11.5,
  cdr_token: cdrToken(),
  auth_method: 'WHITELIST',
  location_id: 'KOELN-DOM-01',
  evse_uid: 'KDOM-01-E1',
  connector_id: '1',
  currency: 'EUR',
  charging_periods: [
    {
      start_date_time: '2026-02-12T17:02:11Z',
      dimensions: [
        { type: 'ENERGY', volume: 11.5 },
        { type: 'POWER', volume: 10.9 },
        { type: 'STATE_OF_CHARGE', volume: 64 },
      ],
      tariff_id: 'AC-STANDARD',
    },
  ],
  total_cost: { excl_vat: 3.77, incl_vat: 4.49 },
  status: 'ACTIVE',
  last_updated: '2026-02-12T18:05:00Z',
});

const cdr = (): Cdr => ({
  ...CPO,
  id: 'CDR-2026-000187',
  start_date_time: '2026-02-12T17:02:11Z',
  end_date_time: '2026-02-12T19:14:40Z',
  session_id: 'SES-2026-000187',
  cdr_token: cdrToken(),
  auth_method: 'WHITELIST',
  cdr_location: {
    id: 'KOELN-DOM-01',
    name: 'Parkhaus am Dom',
    address: 'Trankgasse 11',
    city: 'Köln',
    postal_code: '50667',
    country: 'DEU',
    coordinates: { latitude: '50.9424071', longitude: '6.9568463' },
    evse_uid: 'KDOM-01-E1',
    evse_id: 'DE*CMX*E0000101',
    connector_id: '1',
    connector_standard: 'IEC_62196_T2',
    connector_format: 'SOCKET',
    connector_power_type: 'AC_3_PHASE',
  },
  currency: 'EUR',
  tariffs: [tariff()],
  charging_periods: [
    {
      start_date_time: '2026-02-12T17:02:11Z',
      dimensions: [
        { type: 'ENERGY', volume: 21.38 },
        { type: 'MAX_POWER', volume: 11.04 },
      ],
      tariff_id: 'AC-STANDARD',
    },
  ],
  signed_data: {
    encoding_method: 'OCMF',
    encoding_method_version: 1,
    signed_values: [{ nature: 'End', plain_data: 'OCMF|{"RD":[{"RV":21.38}]}', signed_data: 'MEUCIQCk3vQ2Zs8=' }],
  },
  total_cost: { excl_vat: 7.01, incl_vat: 8.34 },
  total_energy: 21.38,
  total_energy_cost: { excl_vat: 7.01, incl_vat: 8.34 },
  total_time: 2.2081,
  total_parking_time: 0.0,
  last_updated: '2026-02-12T19:15:02Z',
});

const credentials = (): Credentials => ({
  token: 'c9f6e0b4-1d2a-4f5e-9a7b-3c8d2e1f0a6b',
  url: 'https://emsp.chargemesh.example/ocpi/versions',
  roles: [
    { role: 'EMSP', ...EMSP, business_details: { name: 'EV Mobility Netherlands', website: 'https://evm.example' } },
    { role: 'CPO', country_code: 'NL', party_id: 'EVC', business_details: { name: 'EV Mobility Charging' } },
  ],
});

const versionDetails = (): VersionDetails => ({
  version: '2.2.1',
  endpoints: [
    { identifier: 'credentials', role: 'SENDER', url: 'https://cpo.chargemesh.example/ocpi/2.2.1/credentials' },
    { identifier: 'locations', role: 'SENDER', url: 'https://cpo.chargemesh.example/ocpi/2.2.1/locations' },
    { identifier: 'tokens', role: 'RECEIVER', url: 'https://cpo.chargemesh.example/ocpi/2.2.1/tokens' },
    { identifier: 'commands', role: 'RECEIVER', url: 'https://cpo.chargemesh.example/ocpi/2.2.1/commands' },
  ],
});

const startSession = (): StartSession => ({
  response_url: 'https://emsp.chargemesh.example/ocpi/2.2.1/commands/START_SESSION/7f3e2a',
  token: { ...token(), uid: 'APP-7f3e2a91', type: 'APP_USER', whitelist: 'NEVER' },
  location_id: 'KOELN-DOM-01',
  evse_uid: 'KDOM-01-E1',
  connector_id: '1',
  authorization_reference: 'AUTH-7f3e2a91',
});

const commandResponse = (): CommandResponse => ({
  result: 'ACCEPTED',
  timeout: 30,
  message: [{ language: 'en', text: 'Command sent to the charge point' }],
});

const commandResult = (): CommandResult => ({ result: 'ACCEPTED' });

const authorizationInfo = (): AuthorizationInfo => ({
  allowed: 'ALLOWED',
  token: token(),
  location: { location_id: 'KOELN-DOM-01', evse_uids: ['KDOM-01-E1'] },
  authorization_reference: 'RTA-000912',
});

const setChargingProfile = (): SetChargingProfile => ({
  charging_profile: {
    start_date_time: '2026-02-12T17:05:00Z',
    duration: 7200,
    charging_rate_unit: 'W',
    min_charging_rate: 1380.0,
    charging_profile_period: [
      { start_period: 0, limit: 11000 },
      { start_period: 3600, limit: 7400.5 },
    ],
  },
  response_url: 'https://scsp.chargemesh.example/ocpi/2.2.1/chargingprofiles/result/91ab',
});

const chargingProfileResponse = (): ChargingProfileResponse => ({ result: 'ACCEPTED', timeout: 60 });

const clientInfo = (): ClientInfo => ({
  ...EMSP,
  role: 'EMSP',
  status: 'CONNECTED',
  last_updated: '2026-02-01T12:00:00Z',
});

export const ocpiExamples = {
  location,
  tariff,
  token,
  session,
  cdr,
  credentials,
  versionDetails,
  startSession,
  commandResponse,
  commandResult,
  authorizationInfo,
  setChargingProfile,
  chargingProfileResponse,
  clientInfo,
};
