import { ReceivedCdrStoredV1 } from '@chargemesh/contracts/cdr';
import { TariffCdrHarness } from './__fixtures__/tariff-cdr-harness.fixture';
import { CPO, cdr, cdrToken, EMSP, energyTariff, OTHER_CPO, session } from './__fixtures__/ocpi-objects.fixture';

/** The Receiver interfaces of the tariffs, sessions and cdrs modules for an eMSP hosted here, through their NATS handlers. */
describe('OCPI Receiver interfaces of a hosted eMSP', () => {
  let harness: TariffCdrHarness;
  const receiver = { from: CPO, to: EMSP, interface: 'RECEIVER' as const };

  beforeAll(async () => {
    harness = await TariffCdrHarness.start([
      { ...CPO, roles: ['CPO'] },
      { ...EMSP, roles: ['EMSP'] },
    ]);
  });
  afterAll(() => harness.close());

  describe('tariffs', () => {
    it('should store a pushed tariff (201), take the same PUT again as an update (200) and serve it back', async () => {
      expect(await harness.ocpi('tariffs', { ...receiver, method: 'PUT', path: ['NL', 'CPA', 'T-ENERGY'], body: energyTariff() })).toMatchObject({ httpStatus: 201, statusCode: 1000 });
      expect(await harness.ocpi('tariffs', { ...receiver, method: 'PUT', path: ['NL', 'CPA', 'T-ENERGY'], body: energyTariff() })).toMatchObject({ httpStatus: 200, statusCode: 1000 });
      expect(await harness.ocpi('tariffs', { ...receiver, method: 'GET', path: ['nl', 'cpa', 't-energy'] })).toMatchObject({ statusCode: 1000, data: energyTariff() });
      expect(await harness.countOn('TARIFF', `${harness.namespace}.tariff.received-tariff.DE%2AMSP/NL%2ACPA%2AT-ENERGY`)).toBe(1);
    });

    it('should answer 404 for objects of another owner than the sender and 2001 for an id that differs from the URL, storing nothing', async () => {
      expect(await harness.ocpi('tariffs', { ...receiver, method: 'PUT', path: ['NL', 'CPB', 'T-2'], body: { ...energyTariff('T-2'), party_id: 'CPB' } })).toMatchObject({ httpStatus: 404, statusCode: 2000 });
      expect(await harness.ocpi('tariffs', { ...receiver, method: 'GET', path: ['NL', 'CPA', 'T-ENERGY'], from: OTHER_CPO })).toMatchObject({ httpStatus: 404 });
      const mismatch = await harness.ocpi('tariffs', { ...receiver, method: 'PUT', path: ['NL', 'CPA', 'T-2'], body: energyTariff('T-3') });
      expect(mismatch).toMatchObject({ httpStatus: 200, statusCode: 2001, statusMessage: expect.stringContaining('id T-3 differs from T-2') });
      const invalid = await harness.ocpi('tariffs', { ...receiver, method: 'PUT', path: ['NL', 'CPA', 'T-2'], body: { ...energyTariff('T-2'), elements: [] } });
      expect(invalid).toMatchObject({ statusCode: 2001, statusMessage: expect.stringContaining('elements') });
      expect(await harness.ocpi('tariffs', { ...receiver, method: 'GET', path: ['NL', 'CPA', 'T-2'] })).toMatchObject({ httpStatus: 404 });
    });

    it('should delete a tariff once and then not know it', async () => {
      await harness.ocpi('tariffs', { ...receiver, method: 'PUT', path: ['NL', 'CPA', 'T-DEL'], body: energyTariff('T-DEL') });
      expect(await harness.ocpi('tariffs', { ...receiver, method: 'DELETE', path: ['NL', 'CPA', 'T-DEL'] })).toMatchObject({ httpStatus: 200, statusCode: 1000 });
      expect(await harness.ocpi('tariffs', { ...receiver, method: 'GET', path: ['NL', 'CPA', 'T-DEL'] })).toMatchObject({ httpStatus: 404 });
      expect(await harness.ocpi('tariffs', { ...receiver, method: 'DELETE', path: ['NL', 'CPA', 'T-DEL'] })).toMatchObject({ httpStatus: 404 });
      expect(await harness.ocpi('tariffs', { ...receiver, method: 'PATCH', path: ['NL', 'CPA', 'T-DEL'], body: {} })).toMatchObject({ httpStatus: 405 });
    });
  });

  describe('sessions', () => {
    it('should store a PUT session, append PATCHed charging periods, and serve it with its token', async () => {
      expect(await harness.ocpi('sessions', { ...receiver, method: 'PUT', path: ['NL', 'CPA', 'S-1'], body: session() })).toMatchObject({ httpStatus: 201, statusCode: 1000 });
      const period = (hour: string) => ({ start_date_time: `2024-01-15T${hour}:00:00Z`, dimensions: [{ type: 'ENERGY', volume: 5 }] });
      expect(await harness.ocpi('sessions', { ...receiver, method: 'PATCH', path: ['NL', 'CPA', 'S-1'], body: { kwh: 5, charging_periods: [period('08')], last_updated: '2024-01-15T09:00:00Z' } })).toMatchObject({ statusCode: 1000 });
      await harness.ocpi('sessions', { ...receiver, method: 'PATCH', path: ['NL', 'CPA', 'S-1'], body: { kwh: 10, charging_periods: [period('09')], last_updated: '2024-01-15T10:00:00Z' } });
      const stored = await harness.ocpi('sessions', { ...receiver, method: 'GET', path: ['NL', 'CPA', 'S-1'] });
      expect(stored).toMatchObject({ statusCode: 1000, data: { ...session(), kwh: 10, charging_periods: [period('08'), period('09')], last_updated: '2024-01-15T10:00:00Z', cdr_token: cdrToken } });
    });

    it('should refuse a PATCH without last_updated, a PATCH of an unknown session and a PUT into another owner, changing nothing', async () => {
      expect(await harness.ocpi('sessions', { ...receiver, method: 'PATCH', path: ['NL', 'CPA', 'S-1'], body: { kwh: 99 } })).toMatchObject({ statusCode: 2001, statusMessage: expect.stringContaining('last_updated') });
      expect(await harness.ocpi('sessions', { ...receiver, method: 'PATCH', path: ['NL', 'CPA', 'S-404'], body: { kwh: 1, last_updated: '2024-01-15T10:00:00Z' } })).toMatchObject({ httpStatus: 404 });
      expect(await harness.ocpi('sessions', { ...receiver, method: 'PUT', path: ['NL', 'CPB', 'S-1'], body: session() })).toMatchObject({ httpStatus: 404 });
      expect(await harness.ocpi('sessions', { ...receiver, method: 'PUT', path: ['NL', 'CPA', 'S-2'], body: session('S-1') })).toMatchObject({ statusCode: 2001 });
      expect((await harness.ocpi('sessions', { ...receiver, method: 'GET', path: ['NL', 'CPA', 'S-1'] })).data).toMatchObject({ kwh: 10 });
    });

    it('should replace the charging periods with a PUT', async () => {
      await harness.ocpi('sessions', { ...receiver, method: 'PUT', path: ['NL', 'CPA', 'S-1'], body: { ...session(), status: 'COMPLETED', last_updated: '2024-01-15T11:00:00Z' } });
      const stored = await harness.ocpi('sessions', { ...receiver, method: 'GET', path: ['NL', 'CPA', 'S-1'] });
      expect(stored.data).not.toHaveProperty('charging_periods');
      expect(stored.data).toMatchObject({ status: 'COMPLETED' });
    });
  });

  describe('cdrs', () => {
    const location = `https://ocpi.example.com/ocpi/2.2.1/receiver/cdrs/NL/CPA/CDR-1`;

    it('should store a posted CDR (201) and answer its URL in the Location header, where the CPO can read it back', async () => {
      expect(await harness.ocpi('cdrs', { ...receiver, method: 'POST', path: [], body: cdr() })).toMatchObject({ httpStatus: 201, statusCode: 1000, headers: { Location: location } });
      expect(await harness.ocpi('cdrs', { ...receiver, method: 'GET', path: ['NL', 'CPA', 'CDR-1'] })).toMatchObject({ statusCode: 1000, data: cdr() });
      expect(await harness.ocpi('cdrs', { ...receiver, method: 'GET', path: ['NL', 'CPA', 'CDR-1'], from: OTHER_CPO })).toMatchObject({ httpStatus: 404 });
    });

    it('should acknowledge the same CDR posted again with the same Location and store it once', async () => {
      expect(await harness.ocpi('cdrs', { ...receiver, method: 'POST', path: [], body: cdr() })).toMatchObject({ httpStatus: 200, statusCode: 1000, headers: { Location: location } });
      const events = (await harness.store.load({ stream: { name: 'CDR', context: 'cdr', kind: 'event-store' }, aggregate: 'received-cdr', id: 'DE*MSP/NL*CPA*CDR-1' })).events;
      expect(events.map((event) => event.envelope.type)).toEqual([ReceivedCdrStoredV1.name]);
    });

    it('should refuse a changed CDR under a used id and a CDR of another owner than the sender, keeping the stored one', async () => {
      expect(await harness.ocpi('cdrs', { ...receiver, method: 'POST', path: [], body: { ...cdr(), total_cost: { excl_vat: 1 } } })).toMatchObject({ statusCode: 2001, statusMessage: expect.stringContaining('credit CDR') });
      expect(await harness.ocpi('cdrs', { ...receiver, method: 'POST', path: [], body: { ...cdr(), cdr_token: { ...cdrToken, uid: 'FFFF' } } })).toMatchObject({ statusCode: 2001 });
      expect(await harness.ocpi('cdrs', { ...receiver, method: 'POST', path: [], body: cdr('CDR-9'), from: OTHER_CPO })).toMatchObject({ statusCode: 2001, statusMessage: expect.stringContaining('belongs to NL*CPA') });
      expect(await harness.ocpi('cdrs', { ...receiver, method: 'POST', path: [], body: { ...cdr('CDR-8'), total_cost: undefined } })).toMatchObject({ statusCode: 2001, statusMessage: expect.stringContaining('total_cost') });
      expect((await harness.ocpi('cdrs', { ...receiver, method: 'GET', path: ['NL', 'CPA', 'CDR-1'] })).data).toEqual(cdr());
      expect(await harness.ocpi('cdrs', { ...receiver, method: 'PUT', path: ['NL', 'CPA', 'CDR-1'], body: cdr() })).toMatchObject({ httpStatus: 405 });
    });
  });

  describe('personal data', () => {
    it('should keep token uids and contract ids out of the event streams, and erase them on request', async () => {
      const stored = [...(await harness.rawMessages('SESSION')), ...(await harness.rawMessages('CDR'))];
      expect(stored.length).toBeGreaterThan(0);
      expect(stored.filter((text) => text.includes(cdrToken.uid) || text.includes(cdrToken.contract_id))).toEqual([]);
      expect(await harness.admin('POST', '/admin/personal-data/erase', { owner: { countryCode: 'de', partyId: 'msp' }, uid: cdrToken.uid })).toMatchObject({ status: 200, body: { erased: 2 } });
      const session = await harness.ocpi('sessions', { ...receiver, method: 'GET', path: ['NL', 'CPA', 'S-1'] });
      expect(session.data).toMatchObject({ cdr_token: { country_code: 'DE', party_id: 'MSP', type: 'RFID', uid: '#NA', contract_id: '#NA' } });
      expect((await harness.ocpi('cdrs', { ...receiver, method: 'GET', path: ['NL', 'CPA', 'CDR-1'] })).data).toMatchObject({ cdr_token: { uid: '#NA' } });
      expect(await harness.admin('POST', '/admin/personal-data/erase', { owner: { countryCode: 'DE', partyId: 'MSP' }, uid: cdrToken.uid })).toMatchObject({ body: { erased: 0 } });
    });
  });
});
