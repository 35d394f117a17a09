import type { SampledValue } from '@chargemesh/contracts/station';
import type { SessionContext } from '../pipeline/priced-session';
import type { StationReading, TransactionFacts } from '../pipeline/transaction-facts';

export const register = (at: string, wattHours: number, extra: SampledValue[] = []): StationReading => ({
  at,
  sampledValues: [{ value: wattHours, measurand: 'Energy.Active.Import.Register', unit: 'Wh', multiplier: 0 }, ...extra],
});

export const facts = (overrides: Partial<TransactionFacts> = {}): TransactionFacts => ({
  stationId: 'CS-1',
  transactionId: 'TX-1',
  ocppVersion: '2.0.1',
  evseId: 1,
  connectorId: 1,
  startedAt: '2024-01-15T08:00:00.000Z',
  tokenRef: '0b6c3a4e-3c1e-4d59-9d0e-5b9a7c1f2e01',
  readings: [register('2024-01-15T08:00:00.000Z', 1_520_300)],
  chargingStates: [],
  lastSeq: 1,
  ...overrides,
});

/** 0.25/kWh and 1.00 per session, both with 10% VAT: 20 kWh cost 6.00 excl., 6.60 incl. */
export const energyTariff = {
  country_code: 'NL',
  party_id: 'CMX',
  id: 'T-ENERGY',
  currency: 'EUR',
  elements: [{ price_components: [{ type: 'FLAT', price: 1, vat: 10, step_size: 0 }, { type: 'ENERGY', price: 0.25, vat: 10, step_size: 1 }] }],
  last_updated: '2024-01-01T00:00:00.000Z',
};

export const cdrLocation = {
  id: 'LOC1',
  address: 'Stationsplein 1',
  city: 'Amsterdam',
  country: 'NLD',
  coordinates: { latitude: '52.378000', longitude: '4.900000' },
  evse_uid: 'EVSE1',
  evse_id: 'NL*CMX*E1',
  connector_id: '1',
  connector_standard: 'IEC_62196_T2',
  connector_format: 'SOCKET',
  connector_power_type: 'AC_3_PHASE',
};

export const context = (overrides: Partial<SessionContext> = {}): SessionContext => ({
  cpo: { countryCode: 'NL', partyId: 'CMX' },
  sessionId: 'S-1',
  locationId: 'LOC1',
  evseUid: 'EVSE1',
  connectorId: '1',
  timeZone: 'Europe/Amsterdam',
  tariff: energyTariff,
  currency: 'EUR',
  authMethod: 'AUTH_REQUEST',
  cdrLocation,
  ...overrides,
});
