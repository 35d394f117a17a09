import { randomUUID } from 'node:crypto';
import { CdrDeliveredV1, CdrIssuedV1 } from '@chargemesh/contracts/cdr';
import { ConnectorStatusChangedV1, TransactionEndedV1, TransactionStartedV1 } from '@chargemesh/contracts/station';
import type { OcpiExchangeReply, SendOcpiRequest } from '@chargemesh/contracts/ocpi';
import { sessionIdOf } from '@chargemesh/tariff-cdr-domain';
import { eventually } from '@chargemesh/platform-testing';
import { CPO, cdrToken, EMSP, energyTariff, evseByStation, OTHER_EMSP, tokenByRef } from './__fixtures__/ocpi-objects.fixture';
import { transaction } from './__fixtures__/station-events.fixture';
import { TariffCdrHarness } from './__fixtures__/tariff-cdr-harness.fixture';

const { country_code: _cc, party_id: _pid, last_updated: _lu, ...tariffBody } = energyTariff();
const sessionKey = (stationId: string, transactionId: string) => `NL*CPA*${sessionIdOf(stationId, transactionId).toUpperCase()}`;

/** The CPO pipeline: station transaction events on the STATION stream → sessions pushed to the eMSP → a priced CDR delivered once. */
describe('from a station transaction to a delivered CDR', () => {
  let harness: TariffCdrHarness;
  const pushesOf = (transactionId: string, module: 'sessions' | 'cdrs', stationId = 'CS-1') => {
    const sessionId = sessionIdOf(stationId, transactionId);
    return harness.sent.filter((request) => request.module === module && (module === 'sessions' ? request.path[2] === sessionId : (request.body as { id?: string })?.id === sessionId));
  };
  const cdrOf = (transactionId: string, stationId = 'CS-1') => harness.admin('GET', `/admin/cdrs/by-transaction/${stationId}/${transactionId}`);

  beforeAll(async () => {
    harness = await TariffCdrHarness.start([
      { ...CPO, roles: ['CPO'] },
      { ...EMSP, roles: ['EMSP'] },
    ]);
    await harness.admin('PUT', '/admin/tariffs/NL/CPA/T-ENERGY', tariffBody);
    harness.evses.set('CS-1/1', evseByStation());
    harness.router = (request: SendOcpiRequest): OcpiExchangeReply =>
      request.module === 'cdrs' ? { httpStatus: 201, statusCode: 1000, headers: { Location: `https://emsp.example/cdrs/${(request.body as { id: string }).id}` } } : { httpStatus: 200, statusCode: 1000, headers: {} };
  });
  afterAll(() => harness.close());

  it('should push the session (PUT, then PATCH) and deliver one CDR with the exact price to the token\'s eMSP', async () => {
    const tokenRef = randomUUID();
    harness.tokens.set(tokenRef, tokenByRef());
    const tx = transaction(harness, 'CS-1', 'TX-1', tokenRef);
    await tx.start();
    const [put] = await eventually(() => (pushesOf('TX-1', 'sessions').length >= 1 ? pushesOf('TX-1', 'sessions') : undefined), 10_000, 'the session PUT');
    expect(put).toMatchObject({
      interface: 'RECEIVER',
      method: 'PUT',
      path: ['NL', 'CPA', sessionIdOf('CS-1', 'TX-1')],
      from: CPO,
      to: EMSP,
      body: { status: 'ACTIVE', kwh: 0, cdr_token: cdrToken, location_id: 'LOC1', evse_uid: 'EVSE1', connector_id: '1', auth_method: 'AUTH_REQUEST', authorization_reference: 'AUTH-1', total_cost: { excl_vat: 1, incl_vat: 1.1 } },
    });
    await tx.update();
    const patch = await eventually(() => pushesOf('TX-1', 'sessions').find((request) => request.method === 'PATCH'), 10_000, 'the session PATCH');
    expect(patch.body).toEqual({ kwh: 10, total_cost: { excl_vat: 3.5, incl_vat: 3.85 }, last_updated: expect.any(String) });
    await tx.end();
    const delivered = await eventually(async () => {
      const view = await cdrOf('TX-1');
      return view.body.delivery?.state === 'delivered' ? view.body : undefined;
    }, 10_000, 'the CDR to be delivered');
    expect(delivered).toMatchObject({ receiver: { kind: 'ocpi', party: EMSP }, delivery: { attempts: 1, location: `https://emsp.example/cdrs/${sessionIdOf('CS-1', 'TX-1')}` } });
    const [post] = pushesOf('TX-1', 'cdrs');
    expect(post).toMatchObject({ method: 'POST', path: [], from: CPO, to: EMSP });
    expect(post.body).toMatchObject({
      id: sessionIdOf('CS-1', 'TX-1'),
      session_id: sessionIdOf('CS-1', 'TX-1'),
      cdr_token: cdrToken,
      start_date_time: '2024-01-15T08:00:00.000Z',
      end_date_time: '2024-01-15T10:00:00.000Z',
      total_energy: 20,
      total_time: 2,
      total_cost: { excl_vat: 6, incl_vat: 6.6 },
      total_energy_cost: { excl_vat: 5, incl_vat: 5.5 },
      total_fixed_cost: { excl_vat: 1, incl_vat: 1.1 },
      tariffs: [expect.objectContaining({ id: 'T-ENERGY' })],
      cdr_location: expect.objectContaining({ id: 'LOC1', evse_uid: 'EVSE1', evse_id: 'NL*CPA*E1', connector_standard: 'IEC_62196_T2', country: 'NLD' }),
    });
    const completed = await eventually(() => pushesOf('TX-1', 'sessions').find((request) => (request.body as { status?: string }).status === 'COMPLETED'), 10_000, 'the completed session');
    expect(completed).toMatchObject({ method: 'PATCH', body: { status: 'COMPLETED', end_date_time: '2024-01-15T10:00:00.000Z', kwh: 20, total_cost: { excl_vat: 6, incl_vat: 6.6 } } });
    expect((completed.body as { charging_periods: unknown[] }).charging_periods).toHaveLength(1);
    expect(pushesOf('TX-1', 'cdrs')).toHaveLength(1);
    const subject = `${harness.namespace}.cdr.cpo-cdr.${encodeURIComponent(sessionKey('CS-1', 'TX-1')).replace(/\*/g, '%2A')}`;
    const events = (await harness.store.load({ stream: { name: 'CDR', context: 'cdr', kind: 'event-store' }, aggregate: 'cpo-cdr', id: sessionKey('CS-1', 'TX-1') })).events.map((event) => event.envelope.type);
    expect(events).toEqual([CdrIssuedV1.name, CdrDeliveredV1.name]);
    expect(await harness.countOn('CDR', subject)).toBe(2);
  });

  it('should show the eMSP its sessions and CDRs on the Sender interfaces, and another eMSP nothing', async () => {
    const list = (module: 'sessions' | 'cdrs', from: typeof EMSP, query: Record<string, string> = { date_from: '2024-01-01T00:00:00Z' }) => harness.ocpi(module, { interface: 'SENDER', method: 'GET', path: [], query, from, to: CPO });
    const sessions = await list('sessions', EMSP);
    expect(sessions).toMatchObject({ statusCode: 1000, headers: { 'X-Total-Count': '1' }, data: [{ id: sessionIdOf('CS-1', 'TX-1'), status: 'COMPLETED', cdr_token: cdrToken }] });
    expect(await list('sessions', OTHER_EMSP)).toMatchObject({ data: [], headers: { 'X-Total-Count': '0' } });
    expect(await list('sessions', EMSP, {})).toMatchObject({ statusCode: 2001, statusMessage: expect.stringContaining('date_from is required') });
    expect(await list('cdrs', EMSP, {})).toMatchObject({ data: [{ id: sessionIdOf('CS-1', 'TX-1'), total_cost: { excl_vat: 6, incl_vat: 6.6 } }] });
    expect(await list('cdrs', OTHER_EMSP, {})).toMatchObject({ data: [] });
    const preferences = { profile_type: 'FAST' };
    expect(await harness.ocpi('sessions', { interface: 'SENDER', method: 'PUT', path: [sessionIdOf('CS-1', 'TX-1'), 'charging_preferences'], body: preferences, from: EMSP, to: CPO })).toMatchObject({ statusCode: 1000, data: 'NOT_POSSIBLE' });
    expect(await harness.ocpi('sessions', { interface: 'SENDER', method: 'PUT', path: [sessionIdOf('CS-1', 'TX-1'), 'charging_preferences'], body: preferences, from: OTHER_EMSP, to: CPO })).toMatchObject({ httpStatus: 404 });
  });

  it('should bill parking from a 1.6 station\'s SuspendedEV status, with the register readings of StartTransaction and StopTransaction', async () => {
    const parking = { ...tariffBody, id: 'T-PARK', elements: [{ price_components: [{ type: 'ENERGY', price: 0.3, step_size: 1 }, { type: 'PARKING_TIME', price: 6, step_size: 60 }] }] };
    expect((await harness.admin('PUT', '/admin/tariffs/NL/CPA/T-PARK', parking)).status).toBe(200);
    harness.evses.set('CS-16/2', evseByStation({ evseUid: 'EVSE2', tariffIds: ['T-PARK'], evse: { uid: 'EVSE2', evse_id: 'NL*CPA*E2' } }));
    const tokenRef = randomUUID();
    harness.tokens.set(tokenRef, tokenByRef({ authorizationReference: undefined, whitelist: 'ALWAYS' }));
    const reading = (timestamp: string, wattHours: number, context: string) => [{ timestamp, sampledValues: [{ value: wattHours, measurand: 'Energy.Active.Import.Register', unit: 'Wh', multiplier: 0, context }] }];
    const common = { stationId: 'CS-16', transactionId: '4711', ocppVersion: '1.6' as const, offline: false };
    await harness.appendStation('CS-16', TransactionStartedV1, { ...common, evseId: 2, connectorId: 1, startedAt: '2024-01-15T08:00:00.000Z', meterValues: reading('2024-01-15T08:00:00.000Z', 1_000, 'Transaction.Begin'), token: { ref: tokenRef }, authorizationStatus: 'Accepted' });
    await harness.appendStation('CS-16', ConnectorStatusChangedV1, { evseId: 2, connectorId: 1, status: 'Occupied', ocppStatus: 'SuspendedEV', timestamp: '2024-01-15T09:00:00.000Z' });
    await harness.appendStation('CS-16', TransactionEndedV1, { ...common, endedAt: '2024-01-15T09:30:00.000Z', meterValues: reading('2024-01-15T09:30:00.000Z', 11_000, 'Transaction.End'), missingSeqNos: [], startKnown: true, stoppedReason: 'Local' });
    const cdr = await eventually(async () => {
      const view = await cdrOf('4711', 'CS-16');
      return view.body.delivery?.state === 'delivered' ? view.body.cdr : undefined;
    }, 10_000, 'the CDR of the 1.6 transaction');
    // 10 kWh at 0.30 and 30 min of parking at 6.00/h; no VAT given, so no incl_vat.
    expect(cdr).toMatchObject({ auth_method: 'WHITELIST', total_energy: 10, total_time: 1.5, total_parking_time: 0.5, total_energy_cost: { excl_vat: 3 }, total_parking_cost: { excl_vat: 3 }, total_cost: { excl_vat: 6 } });
    expect(cdr.total_cost).not.toHaveProperty('incl_vat');
    expect(cdr.charging_periods.map((period: { start_date_time: string; dimensions: { type: string }[] }) => [period.start_date_time, period.dimensions.map((dimension) => dimension.type)])).toEqual([
      // Readings only at start and stop: the 10 kWh flowed before the car went idle at 09:00.
      ['2024-01-15T08:00:00.000Z', ['ENERGY', 'TIME', 'MIN_POWER', 'MAX_POWER']],
      ['2024-01-15T09:00:00.000Z', ['PARKING_TIME']],
    ]);
    expect(cdr.charging_periods[0].dimensions).toEqual(expect.arrayContaining([{ type: 'ENERGY', volume: 10 }, { type: 'MAX_POWER', volume: 10 }]));
  });
});
