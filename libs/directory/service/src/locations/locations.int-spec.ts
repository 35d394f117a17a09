import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { commandSubject, streamName } from '@chargemesh/contracts/envelope';
import { LOCATION_ACTIONS } from '@chargemesh/contracts/location';
import { NatsRequester } from '@chargemesh/platform-messaging';
import type { StartedService } from '@chargemesh/platform-runtime';
import { connectTestNats, eventually, removeNamespace, testNamespace } from '@chargemesh/platform-testing';
import { BASE_URL, http, type Json, moduleClient, party, registerParty, serveFakeRouter, startDirectory } from './__fixtures__/directory-harness.fixture';
import { adminLocation, pushedLocation } from './__fixtures__/location-samples.fixture';

const CMX = party('NL', 'CMX');
const CPB = party('NL', 'CPB');
const EMP = party('NL', 'EMP');
const REMOTE_CPO = party('DE', 'RCP');
const EMF = party('NL', 'EMF');

describe('directory: the Locations module of hosted parties', () => {
  const namespace = testNamespace();
  let service: StartedService;
  let nc: NatsConnection;
  let requester: NatsRequester;
  let locations: ReturnType<typeof moduleClient>;
  let router: ReturnType<typeof serveFakeRouter>;
  /** How the eMSP NL*EMF answers pushes: as itself (undefined), or failing/refusing in its place. */
  let emfAnswer: (request: { path: string[] }) => { httpStatus: number; statusCode: number; headers: Record<string, string> } | undefined = () => undefined;

  beforeAll(async () => {
    nc = await connectTestNats();
    requester = new NatsRequester(nc, 10_000);
    service = await startDirectory(namespace);
    await registerParty(requester, namespace, CMX, 'CPO');
    await registerParty(requester, namespace, CPB, 'CPO');
    await registerParty(requester, namespace, EMP, 'EMSP');
    locations = moduleClient(requester, namespace, 'locations');
    const hosted = new Set(['NL*CMX', 'NL*CPB', 'NL*EMP', 'NL*EMF']);
    router = serveFakeRouter(nc, namespace, (to) => hosted.has(`${to.countryCode}*${to.partyId}`.toUpperCase()), undefined, (request) => (request.to.partyId === 'EMF' ? emfAnswer(request) : undefined));
  });
  afterAll(async () => {
    router.stop();
    await service.app.close();
    await nc.close();
    await removeNamespace(namespace);
  });

  describe('Receiver interface of an eMSP hosted here', () => {
    const receiver = (method: 'GET' | 'PUT' | 'PATCH', path: string[], body?: unknown, from = REMOTE_CPO) =>
      locations({ interface: 'RECEIVER', method, path, ...(body === undefined ? {} : { body }), from, to: EMP });

    it('should store a pushed location, answer 201 then 200, and serve it, its EVSE and connector back', async () => {
      const location = pushedLocation(REMOTE_CPO, 'LOC-R1');
      expect(await receiver('PUT', ['DE', 'RCP', 'LOC-R1'], location)).toMatchObject({ httpStatus: 201, statusCode: 1000 });
      expect(await receiver('PUT', ['DE', 'RCP', 'LOC-R1'], { ...location, name: 'Renamed', last_updated: '2026-02-11T00:00:00Z' })).toMatchObject({ httpStatus: 200, statusCode: 1000 });
      expect((await receiver('GET', ['DE', 'RCP', 'LOC-R1'])).data).toMatchObject({ id: 'LOC-R1', name: 'Renamed' });
      expect((await receiver('GET', ['de', 'rcp', 'loc-r1', 'KDOM-01-E1'])).data).toMatchObject({ uid: 'KDOM-01-E1' });
      expect((await receiver('GET', ['DE', 'RCP', 'LOC-R1', 'KDOM-01-E1', '1'])).data).toMatchObject({ id: '1', standard: 'IEC_62196_T2' });
    });

    it('should apply an EVSE status PATCH and move the location last_updated, so date filters find it', async () => {
      await receiver('PUT', ['DE', 'RCP', 'LOC-R2'], pushedLocation(REMOTE_CPO, 'LOC-R2'));
      const patched = await receiver('PATCH', ['DE', 'RCP', 'LOC-R2', 'KDOM-01-E1'], { status: 'CHARGING', last_updated: '2026-03-01T08:00:00Z' });
      expect(patched).toMatchObject({ httpStatus: 200, statusCode: 1000 });
      expect((await receiver('GET', ['DE', 'RCP', 'LOC-R2'])).data).toMatchObject({ last_updated: '2026-03-01T08:00:00Z', evses: [{ status: 'CHARGING', last_updated: '2026-03-01T08:00:00Z' }] });
    });

    it('should refuse bad pushes with the spec status codes and keep what it had', async () => {
      await receiver('PUT', ['DE', 'RCP', 'LOC-R3'], pushedLocation(REMOTE_CPO, 'LOC-R3'));
      const noLastUpdated = await receiver('PATCH', ['DE', 'RCP', 'LOC-R3', 'KDOM-01-E1'], { status: 'REMOVED' });
      expect(noLastUpdated).toMatchObject({ httpStatus: 200, statusCode: 2001, statusMessage: expect.stringMatching(/last_updated/) });
      const mismatch = await receiver('PUT', ['DE', 'RCP', 'LOC-R3'], pushedLocation(REMOTE_CPO, 'LOC-OTHER'));
      expect(mismatch).toMatchObject({ statusCode: 2001, statusMessage: expect.stringMatching(/differs from location_id/) });
      const spoofed = await receiver('PUT', ['DE', 'RCP', 'LOC-R3'], pushedLocation(REMOTE_CPO, 'LOC-R3', '2026-05-01T00:00:00Z'), party('DE', 'XXX'));
      expect(spoofed).toMatchObject({ statusCode: 2001, statusMessage: expect.stringMatching(/pushed by their owner/) });
      expect(await receiver('PUT', ['DE', 'RCP', 'LOC-R3', 'NO-EVSE', '1'], pushedLocation(REMOTE_CPO, 'x').evses[0].connectors[0])).toMatchObject({ statusCode: 2003 });
      expect(await receiver('PATCH', ['DE', 'RCP', 'NO-LOC'], { name: 'x', last_updated: '2026-03-01T08:00:00Z' })).toMatchObject({ statusCode: 2003 });
      expect(await receiver('PUT', ['DE', 'RCP', 'LOC-R3'], { id: 'LOC-R3' })).toMatchObject({ statusCode: 2001, statusMessage: expect.stringMatching(/address: is required/) });
      expect((await receiver('GET', ['DE', 'RCP', 'LOC-R3'])).data).toEqual(pushedLocation(REMOTE_CPO, 'LOC-R3'));
    });

    it('should not show a CPO location to another party, nor answer for a party that is no eMSP', async () => {
      expect(await receiver('GET', ['DE', 'RCP', 'LOC-R1'], undefined, party('DE', 'XXX'))).toMatchObject({ httpStatus: 404, statusCode: 2003 });
      expect(await receiver('GET', ['DE', 'RCP', 'NOPE'])).toMatchObject({ httpStatus: 404, statusCode: 2003 });
      const toCpo = await locations({ interface: 'RECEIVER', method: 'GET', path: ['DE', 'RCP', 'LOC-R1'], from: REMOTE_CPO, to: CMX });
      expect(toCpo).toMatchObject({ statusCode: 2000, statusMessage: expect.stringMatching(/not hosted here as a eMSP/) });
      expect(await receiver('DELETE' as never, ['DE', 'RCP', 'LOC-R1'])).toMatchObject({ httpStatus: 405 });
    });

    it('should store each change as one LocationUpdateReceived event and repeated pushes not at all', async () => {
      const location = pushedLocation(REMOTE_CPO, 'LOC-R4');
      for (let attempt = 0; attempt < 3; attempt++) await receiver('PUT', ['DE', 'RCP', 'LOC-R4'], location);
      const jsm = await jetstreamManager(nc);
      const info = await jsm.streams.info(streamName(namespace, 'LOCATION'), { subjects_filter: `${namespace}.location.received-location.>` });
      expect(info.state.subjects?.[`${namespace}.location.received-location.NL%2AEMP%2ADE%2ARCP%2ALOC-R4`]).toBe(1);
    });
  });

  describe('Sender interface and admin API of a CPO hosted here', () => {
    const sender = (path: string[], query: Record<string, string> = {}, to = CMX) => locations({ interface: 'SENDER', method: 'GET', path, query, from: EMP, to });

    beforeAll(async () => {
      for (let index = 1; index <= 7; index++) {
        const saved = await http(service, 'PUT', `/admin/parties/NL/CMX/locations/LOC-${index}`, adminLocation([{ uid: `E${index}` }]));
        expect(saved.status).toBe(200);
      }
      expect((await http(service, 'PUT', '/admin/parties/NL/CPB/locations/SECRET', adminLocation())).status).toBe(200);
    });

    it('should page the list with Link, X-Total-Count and X-Limit, and follow the Link to the end', async () => {
      const first = await sender([], { limit: '3' });
      expect(first.headers).toMatchObject({ 'X-Total-Count': '7', 'X-Limit': '100' });
      const ids: string[] = (first.data as Json[]).map((location) => location.id);
      let link = first.headers['Link'];
      while (link) {
        const next = new URL(/<([^>]+)>/.exec(link)![1]);
        expect(`${next.origin}${next.pathname}`).toBe(`${BASE_URL}/ocpi/2.2.1/sender/locations`);
        const page = await sender([], Object.fromEntries(next.searchParams));
        ids.push(...(page.data as Json[]).map((location) => location.id));
        link = page.headers['Link'];
      }
      expect(ids).toEqual(['LOC-1', 'LOC-2', 'LOC-3', 'LOC-4', 'LOC-5', 'LOC-6', 'LOC-7']);
      // A client that counts offset itself gets the same page as the keyset Link.
      expect(((await sender([], { offset: '3', limit: '3' })).data as Json[]).map((location) => location.id)).toEqual(['LOC-4', 'LOC-5', 'LOC-6']);
    });

    it('should filter on last_updated with date_from inclusive and date_to exclusive', async () => {
      const all = (await sender([], { limit: '100' })).data as Json[];
      const from = all[2].last_updated as string;
      const to = all[5].last_updated as string;
      const filtered = await sender([], { date_from: from, date_to: to });
      const expected = all.filter((location) => location.last_updated >= from && location.last_updated < to).map((location) => location.id);
      expect((filtered.data as Json[]).map((location) => location.id)).toEqual(expected);
      expect(expected).toContain('LOC-3');
      expect(filtered.headers['X-Total-Count']).toBe(String(expected.length));
      expect(await sender([], { date_from: 'yesterday' })).toMatchObject({ statusCode: 2001 });
    });

    it('should serve one location, EVSE and connector of the CPO addressed, and nothing of another CPO', async () => {
      expect((await sender(['LOC-2'])).data).toMatchObject({ country_code: 'NL', party_id: 'CMX', id: 'LOC-2' });
      expect((await sender(['LOC-2', 'E2'])).data).toMatchObject({ uid: 'E2', status: 'AVAILABLE' });
      expect((await sender(['LOC-2', 'E2', '1'])).data).toMatchObject({ id: '1', tariff_ids: ['TARIFF-1'] });
      expect(await sender(['SECRET'])).toMatchObject({ httpStatus: 404, statusCode: 2003 });
      expect((await sender(['SECRET'], {}, CPB)).data).toMatchObject({ party_id: 'CPB' });
    });

    it('should answer bad admin input with 400 naming the field, an unknown CPO with 404, and store nothing', async () => {
      const bad = await http(service, 'PUT', '/admin/parties/NL/CMX/locations/LOC-BAD', { ...adminLocation(), coordinates: { latitude: 'x', longitude: '1' } });
      expect(bad).toMatchObject({ status: 400, body: { code: 'LOCATION.INVALID', message: expect.stringMatching(/coordinates\.latitude/) } });
      expect((await http(service, 'GET', '/admin/parties/NL/CMX/locations/LOC-BAD')).status).toBe(404);
      expect(await http(service, 'PUT', '/admin/parties/NL/EMP/locations/L', adminLocation())).toMatchObject({ status: 404, body: { code: 'LOCATION.NOT_FOUND_HOSTED_CPO' } });
    });

    it('should keep station links internal, refuse a station EVSE linked twice, and list by keyset', async () => {
      const saved = await http(service, 'PUT', '/admin/parties/NL/CMX/locations/LOC-LINKED', adminLocation([{ uid: 'EL1', station: { stationId: 'CS-LINK', evseId: 1 } }]));
      expect(saved.body.stationLinks).toEqual([{ stationId: 'CS-LINK', evseId: 1, evseUid: 'EL1' }]);
      expect(JSON.stringify((await sender(['LOC-LINKED'])).data)).not.toContain('CS-LINK');
      const twice = await http(service, 'PUT', '/admin/parties/NL/CMX/locations/LOC-OTHER', adminLocation([{ uid: 'EO1', station: { stationId: 'CS-LINK', evseId: 1 } }]));
      expect(twice).toMatchObject({ status: 409, body: { code: 'LOCATION.CONFLICT_STATION_LINK' } });
      const found = await requester.request(commandSubject(namespace, 'directory', LOCATION_ACTIONS.findEvseByStation), { stationId: 'CS-LINK', evseId: 1, connectorId: 1 });
      expect(found).toMatchObject({ cpo: CMX, locationId: 'LOC-LINKED', evseUid: 'EL1', connectorId: '1', timeZone: 'Europe/Berlin', tariffIds: ['TARIFF-1'], location: { city: 'Köln' }, connector: { standard: 'IEC_62196_T2' } });
      await expect(requester.request(commandSubject(namespace, 'directory', LOCATION_ACTIONS.findEvseByStation), { stationId: 'CS-NONE', evseId: 1 })).rejects.toMatchObject({ code: 'LOCATION.NOT_FOUND_STATION_LINK' });
      const firstPage = await http(service, 'GET', '/admin/parties/NL/CMX/locations?limit=5');
      const secondPage = await http(service, 'GET', `/admin/parties/NL/CMX/locations?limit=5&after=${firstPage.body.next}`);
      expect([...firstPage.body.items, ...secondPage.body.items].map((item: Json) => item.location.id)).toEqual(['LOC-1', 'LOC-2', 'LOC-3', 'LOC-4', 'LOC-5', 'LOC-6', 'LOC-7', 'LOC-LINKED']);
    });

    it('should push the CPO locations to the eMSP hosted here, whole at first and then change by change, in order', async () => {
      // The eMSP hosted here received every location of NL*CMX through send-ocpi (the full push of a new receiver).
      const heldByEmsp = (id: string) => locations({ interface: 'RECEIVER', method: 'GET', path: ['NL', 'CMX', id], from: CMX, to: EMP });
      await eventually(async () => (await heldByEmsp('LOC-7')).statusCode === 1000, 15_000, 'the full push to reach the eMSP');
      await http(service, 'PUT', '/admin/parties/NL/CMX/locations/LOC-2/evses/E2-NEW', { ...adminLocation().evses[0], uid: undefined });
      await http(service, 'PUT', '/admin/parties/NL/CMX/locations/LOC-2', { ...adminLocation([{ uid: 'E2' }, { uid: 'E2-NEW' }]), name: 'Second name' });
      const pushed = await eventually(async () => {
        const held = (await heldByEmsp('LOC-2')).data as Json;
        return held?.name === 'Second name' ? held : undefined;
      }, 15_000, 'the changes to be pushed');
      expect(pushed.evses.map((evse: Json) => evse.uid)).toEqual(['E2', 'E2-NEW']);
      const toEmp = router.sent.filter((request) => request.to.partyId === 'EMP' && request.from.partyId === 'CMX' && request.path[2] === 'LOC-2');
      expect(toEmp.map((request) => `${request.method} ${request.path.join('/')}`)).toEqual(['PUT NL/CMX/LOC-2', 'PUT NL/CMX/LOC-2/E2-NEW', 'PUT NL/CMX/LOC-2']);
      expect(toEmp.every((request) => request.module === 'locations' && request.interface === 'RECEIVER')).toBe(true);
    });
  });

  describe('pushes to an eMSP that fails or refuses', () => {
    const deliveredToEmf = () => router.sent.filter((request) => request.to.partyId === 'EMF' && request.path[2] === 'LOC-PUSH');
    const heldByEmf = async () => ((await locations({ interface: 'RECEIVER', method: 'GET', path: ['NL', 'CMX', 'LOC-PUSH'], from: CMX, to: EMF })).data as Json)?.name;

    it('should retry a failing receiver and then deliver every change in order, and skip a change it refuses', async () => {
      await http(service, 'PUT', '/admin/parties/NL/CMX/locations/LOC-PUSH', { ...adminLocation(), name: 'v0' });
      await registerParty(requester, namespace, EMF, 'EMSP');
      await eventually(async () => (await heldByEmf()) === 'v0', 15_000, 'the full push to NL*EMF');

      emfAnswer = () => ({ httpStatus: 200, statusCode: 3000, headers: {} });
      for (const name of ['v1', 'v2', 'v3']) await http(service, 'PUT', '/admin/parties/NL/CMX/locations/LOC-PUSH', { ...adminLocation(), name });
      await eventually(() => deliveredToEmf().some((request) => (request.body as Json).name === 'v1'), 15_000, 'a first failed attempt');
      expect(await heldByEmf()).toBe('v0');
      const failedAttempts = deliveredToEmf().length;

      emfAnswer = (request) => ((request as { body?: Json }).body?.name === 'v2' ? { httpStatus: 200, statusCode: 2001, headers: {} } : undefined);
      await eventually(async () => (await heldByEmf()) === 'v3', 30_000, 'the queued changes after the receiver is back');
      const after = deliveredToEmf().slice(failedAttempts).map((request) => (request.body as Json).name);
      expect(after).toEqual(['v1', 'v2', 'v3']);
    });
  });
});
