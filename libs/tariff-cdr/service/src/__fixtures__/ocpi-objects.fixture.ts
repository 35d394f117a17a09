/** OCPI 2.2.1 objects for the tests, owned by the CPO NL*CPA and for tokens of the eMSP DE*MSP. */

export const CPO = { countryCode: 'NL', partyId: 'CPA' };
export const OTHER_CPO = { countryCode: 'NL', partyId: 'CPB' };
export const EMSP = { countryCode: 'DE', partyId: 'MSP' };
export const OTHER_EMSP = { countryCode: 'FR', partyId: 'EMX' };

export const cdrToken = { country_code: 'DE', party_id: 'MSP', uid: '04A1B2C3', type: 'RFID', contract_id: 'DE-MSP-C12345-6' };

/** 0.25/kWh and 1.00 per session, both with 10% VAT. */
export const energyTariff = (id = 'T-ENERGY') => ({
  country_code: 'NL',
  party_id: 'CPA',
  id,
  currency: 'EUR',
  elements: [{ price_components: [{ type: 'FLAT', price: 1, vat: 10, step_size: 0 }, { type: 'ENERGY', price: 0.25, vat: 10, step_size: 1 }] }],
  last_updated: '2024-01-01T00:00:00Z',
});

export const session = (id = 'S-1') => ({
  country_code: 'NL',
  party_id: 'CPA',
  id,
  start_date_time: '2024-01-15T08:00:00Z',
  kwh: 0,
  cdr_token: cdrToken,
  auth_method: 'AUTH_REQUEST',
  location_id: 'LOC1',
  evse_uid: 'EVSE1',
  connector_id: '1',
  currency: 'EUR',
  status: 'ACTIVE',
  last_updated: '2024-01-15T08:00:00Z',
});

export const cdrLocation = {
  id: 'LOC1',
  address: 'Stationsplein 1',
  city: 'Amsterdam',
  country: 'NLD',
  coordinates: { latitude: '52.378000', longitude: '4.900000' },
  evse_uid: 'EVSE1',
  evse_id: 'NL*CPA*E1',
  connector_id: '1',
  connector_standard: 'IEC_62196_T2',
  connector_format: 'SOCKET',
  connector_power_type: 'AC_3_PHASE',
};

export const cdr = (id = 'CDR-1') => ({
  country_code: 'NL',
  party_id: 'CPA',
  id,
  start_date_time: '2024-01-15T08:00:00Z',
  end_date_time: '2024-01-15T10:00:00Z',
  session_id: 'S-1',
  cdr_token: cdrToken,
  auth_method: 'AUTH_REQUEST',
  cdr_location: cdrLocation,
  currency: 'EUR',
  charging_periods: [{ start_date_time: '2024-01-15T08:00:00Z', dimensions: [{ type: 'ENERGY', volume: 20 }] }],
  total_cost: { excl_vat: 6, incl_vat: 6.6 },
  total_energy: 20,
  total_time: 2,
  last_updated: '2024-01-15T10:00:00Z',
});

/** The directory's answer to find-evse-by-station for EVSE 1 of station CS-1 (contracts/location). */
export const evseByStation = (overrides: Record<string, unknown> = {}) => ({
  cpo: CPO,
  locationId: 'LOC1',
  evseUid: 'EVSE1',
  connectorId: '1',
  timeZone: 'Europe/Amsterdam',
  tariffIds: ['T-ENERGY'],
  evseStatus: 'CHARGING',
  location: { name: 'Central', address: 'Stationsplein 1', city: 'Amsterdam', postal_code: '1012AB', country: 'NLD', coordinates: { latitude: '52.378000', longitude: '4.900000' } },
  evse: { uid: 'EVSE1', evse_id: 'NL*CPA*E1' },
  connector: { id: '1', standard: 'IEC_62196_T2', format: 'SOCKET', power_type: 'AC_3_PHASE', max_voltage: 230, max_amperage: 32 },
  ...overrides,
});

/** The directory's answer to find-token-by-ref for a token of DE*MSP (contracts/token). */
export const tokenByRef = (overrides: Record<string, unknown> = {}) => ({ emsp: EMSP, cdrToken, whitelist: 'ALLOWED', authorizationReference: 'AUTH-1', ...overrides });
