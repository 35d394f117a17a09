import { ocpiModuleHandlerSubject } from '@chargemesh/contracts/ocpi';
import { sessionIdOf } from '@chargemesh/tariff-cdr-domain';
import { eventually } from '@chargemesh/platform-testing';
import { type Json, OCPI_BASE_URL, Platform } from './support/platform';

const CPO = { countryCode: 'NL', partyId: 'CPA' };
const EMSP = { countryCode: 'DE', partyId: 'MSP' };
const UID = '04A1B2C3D4';
const tariff = {
  currency: 'EUR',
  elements: [{ price_components: [{ type: 'FLAT', price: 1, vat: 10, step_size: 0 }, { type: 'ENERGY', price: 0.25, vat: 10, step_size: 1 }] }],
};
const location = {
  publish: true,
  name: 'Central',
  address: 'Stationsplein 1',
  city: 'Utrecht',
  country: 'NLD',
  coordinates: { latitude: '52.0894444', longitude: '5.1100000' },
  time_zone: 'Europe/Amsterdam',
  evses: [
    {
      uid: 'EVSE-1',
      evse_id: 'NL*CPA*E1',
      status: 'AVAILABLE',
      connectors: [{ id: '1', standard: 'IEC_62196_T2', format: 'SOCKET', power_type: 'AC_3_PHASE', max_voltage: 230, max_amperage: 32, tariff_ids: ['T-ENERGY'] }],
      station: { stationId: 'CS-E2E', evseId: 1 },
    },
  ],
};
const register = (timestamp: string, wattHours: number) => [{ timestamp, sampledValue: [{ value: wattHours, measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'Wh' } }] }];

/**
 * One platform hosting a CPO and an eMSP: a 2.0.1 charge point (ocpp-rpc, strict) charges with a
 * token of the eMSP; the real gateway, directory, hub router and tariff-cdr make a session that is
 * pushed to the eMSP and a CDR that reaches it once, with the price of the CPO's tariff.
 */
describe('a CPO pushes a session and a CDR to an eMSP on the same platform', () => {
  let platform: Platform;
  const atEmsp = (module: 'tariffs' | 'sessions' | 'cdrs', path: string[]) =>
    platform.requester.request<Json>(ocpiModuleHandlerSubject(platform.namespace, module), { module, interface: 'RECEIVER', method: 'GET', path, query: {}, from: CPO, to: EMSP, requestId: 'e2e', correlationId: 'e2e', baseUrl: OCPI_BASE_URL });

  beforeAll(async () => {
    platform = await Platform.start();
    await platform.registerParty(CPO, 'CPO');
    await platform.registerParty(EMSP, 'EMSP');
    expect((await platform.http(platform.tariffCdr, 'PUT', '/admin/tariffs/NL/CPA/T-ENERGY', tariff)).status).toBe(200);
    expect((await platform.http(platform.directory, 'PUT', '/admin/parties/NL/CPA/locations/LOC-1', location)).status).toBe(200);
    const saved = await platform.http(platform.directory, 'PUT', `/admin/parties/DE/MSP/tokens/${UID}`, { contract_id: 'DE-MSP-C12345-6', issuer: 'MSP', valid: true, whitelist: 'ALLOWED' });
    expect(saved.status).toBe(200);
    await platform.provisionStation('CS-E2E', CPO);
  });
  afterAll(() => platform?.stop());

  it('should push the CPO\'s tariff to the eMSP through the hub router', async () => {
    const stored = await eventually(async () => {
      const reply = await atEmsp('tariffs', ['NL', 'CPA', 'T-ENERGY']);
      return reply.statusCode === 1000 ? reply.data : undefined;
    }, 20_000, 'the tariff at the eMSP');
    expect(stored).toMatchObject({ country_code: 'NL', party_id: 'CPA', id: 'T-ENERGY', currency: 'EUR' });
  });

  it('should turn the station\'s transaction into a session at the eMSP and one CDR with the exact price, delivered once', async () => {
    // The CPO must hold the eMSP's token before the station uses it (the directory pushes it through the router).
    await eventually(async () => {
      const held = await platform.requester.request<Json>(ocpiModuleHandlerSubject(platform.namespace, 'tokens'), { module: 'tokens', interface: 'RECEIVER', method: 'GET', path: ['DE', 'MSP', UID], query: {}, from: EMSP, to: CPO, requestId: 'e2e', correlationId: 'e2e', baseUrl: OCPI_BASE_URL });
      return held.statusCode === 1000;
    }, 20_000, 'the token at the CPO');
    const { client, failures } = await platform.connectStation('CS-E2E');
    const idToken = { idToken: UID, type: 'ISO14443' };
    const event = (eventType: string, seqNo: number, timestamp: string, wattHours: number, extra: Record<string, unknown> = {}) =>
      client.call('TransactionEvent', { eventType, timestamp, triggerReason: eventType === 'Started' ? 'Authorized' : eventType === 'Ended' ? 'EVCommunicationLost' : 'MeterValuePeriodic', seqNo, transactionInfo: { transactionId: 'E2E-1', chargingState: 'Charging' }, meterValue: register(timestamp, wattHours), ...extra });
    const started = await event('Started', 0, '2024-01-15T08:00:00.000Z', 1_520_300, { idToken, evse: { id: 1, connectorId: 1 } });
    expect(started).toMatchObject({ idTokenInfo: { status: 'Accepted' } });
    const sessionId = sessionIdOf('CS-E2E', 'E2E-1');
    const active = await eventually(async () => {
      const reply = await atEmsp('sessions', ['NL', 'CPA', sessionId]);
      return reply.statusCode === 1000 ? reply.data : undefined;
    }, 20_000, 'the session at the eMSP');
    expect(active).toMatchObject({ status: 'ACTIVE', location_id: 'LOC-1', evse_uid: 'EVSE-1', connector_id: '1', cdr_token: { country_code: 'DE', party_id: 'MSP', uid: UID, contract_id: 'DE-MSP-C12345-6' } });

    await event('Updated', 1, '2024-01-15T09:00:00.000Z', 1_530_300);
    await event('Ended', 2, '2024-01-15T10:00:00.000Z', 1_540_300);
    const cdr = await eventually(async () => {
      const view = await platform.http(platform.tariffCdr, 'GET', '/admin/cdrs/by-transaction/CS-E2E/E2E-1');
      return view.body?.delivery?.state === 'delivered' ? view.body : undefined;
    }, 20_000, 'the CDR to be delivered');
    expect(cdr.delivery).toMatchObject({ attempts: 1, location: `${OCPI_BASE_URL}/ocpi/2.2.1/receiver/cdrs/NL/CPA/${sessionId}` });
    expect(cdr.cdr).toMatchObject({ total_energy: 20, total_time: 2, total_cost: { excl_vat: 6, incl_vat: 6.6 }, cdr_location: expect.objectContaining({ evse_id: 'NL*CPA*E1', coordinates: { latitude: '52.0894444', longitude: '5.1100000' } }) });
    const received = await atEmsp('cdrs', ['NL', 'CPA', sessionId]);
    expect(received).toMatchObject({ statusCode: 1000, data: cdr.cdr });
    const completed = await eventually(async () => {
      const reply = await atEmsp('sessions', ['NL', 'CPA', sessionId]);
      return reply.data?.status === 'COMPLETED' ? reply.data : undefined;
    }, 20_000, 'the completed session at the eMSP');
    expect(completed).toMatchObject({ kwh: 20, total_cost: { excl_vat: 6, incl_vat: 6.6 }, end_date_time: '2024-01-15T10:00:00.000Z' });
    expect(completed.charging_periods).toEqual(cdr.cdr.charging_periods);
    expect(failures).toEqual([]);
    await client.close();
  });

  it('should offer another tariff at the EVSE through the directory, and price the next session with it', async () => {
    const timeTariff = { currency: 'EUR', elements: [{ price_components: [{ type: 'TIME', price: 2, vat: 21, step_size: 60 }] }] };
    expect((await platform.http(platform.tariffCdr, 'PUT', '/admin/tariffs/NL/CPA/T-TIME', timeTariff)).status).toBe(200);
    const linked = await platform.http(platform.tariffCdr, 'PUT', '/admin/tariffs/NL/CPA/T-TIME/locations/LOC-1', { evseUids: ['EVSE-1'] });
    expect(linked).toMatchObject({ status: 200, body: { evses: [{ uid: 'EVSE-1', connectors: [{ id: '1', tariffIds: ['T-ENERGY', 'T-TIME'] }] }] } });
    const unlinked = await platform.http(platform.tariffCdr, 'DELETE', '/admin/tariffs/NL/CPA/T-ENERGY/locations/LOC-1');
    expect(unlinked.body.evses[0].connectors[0].tariffIds).toEqual(['T-TIME']);
    expect(await platform.http(platform.tariffCdr, 'PUT', '/admin/tariffs/NL/CPA/T-NONE/locations/LOC-1', {})).toMatchObject({ status: 404, body: { code: 'TARIFF.NOT_FOUND' } });
    expect(await platform.http(platform.tariffCdr, 'PUT', '/admin/tariffs/NL/CPA/T-TIME/locations/LOC-9', {})).toMatchObject({ status: 404, body: { code: 'LOCATION.NOT_FOUND' } });

    const { client } = await platform.connectStation('CS-E2E');
    const at = (hour: string) => `2024-01-16T${hour}:00:00.000Z`;
    const event = (eventType: string, seqNo: number, timestamp: string, wattHours: number, extra: Record<string, unknown> = {}) =>
      client.call('TransactionEvent', { eventType, timestamp, triggerReason: eventType === 'Started' ? 'Authorized' : 'EVCommunicationLost', seqNo, transactionInfo: { transactionId: 'E2E-2', chargingState: 'Charging' }, meterValue: register(timestamp, wattHours), ...extra });
    await event('Started', 0, at('08'), 1_600_000, { idToken: { idToken: UID, type: 'ISO14443' }, evse: { id: 1, connectorId: 1 } });
    await event('Ended', 1, at('10'), 1_610_000);
    const cdr = await eventually(async () => {
      const view = await platform.http(platform.tariffCdr, 'GET', '/admin/cdrs/by-transaction/CS-E2E/E2E-2');
      return view.body?.delivery?.state === 'delivered' ? view.body.cdr : undefined;
    }, 20_000, 'the second CDR to be delivered');
    expect(cdr).toMatchObject({ total_energy: 10, total_time: 2, total_cost: { excl_vat: 4, incl_vat: 4.84 }, tariffs: [expect.objectContaining({ id: 'T-TIME' })] });
    await client.close();
  });
});
