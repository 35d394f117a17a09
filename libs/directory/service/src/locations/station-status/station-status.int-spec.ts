import type { NatsConnection } from '@nats-io/transport-node';
import { NatsRequester } from '@chargemesh/platform-messaging';
import type { StartedService } from '@chargemesh/platform-runtime';
import { connectTestNats, eventually, removeNamespace, testNamespace } from '@chargemesh/platform-testing';
import { http, type Json, moduleClient, party, registerParty, serveFakeRouter, startDirectory } from '../__fixtures__/directory-harness.fixture';
import { adminLocation } from '../__fixtures__/location-samples.fixture';
import { connectStation, provisionStation, startGateway } from '../__fixtures__/station.fixture';

const CMX = party('NL', 'CMX');
const EMP = party('NL', 'EMP');

describe('directory: hosted CPO EVSEs follow their stations through the real gateway', () => {
  const namespace = testNamespace();
  let directory: StartedService;
  let gateway: StartedService;
  let nc: NatsConnection;
  let locations: ReturnType<typeof moduleClient>;
  let router: ReturnType<typeof serveFakeRouter>;

  beforeAll(async () => {
    nc = await connectTestNats();
    const requester = new NatsRequester(nc, 10_000);
    directory = await startDirectory(namespace);
    gateway = await startGateway(namespace);
    await registerParty(requester, namespace, CMX, 'CPO');
    await registerParty(requester, namespace, EMP, 'EMSP');
    locations = moduleClient(requester, namespace, 'locations');
    router = serveFakeRouter(nc, namespace, (to) => ['NL*CMX', 'NL*EMP'].includes(`${to.countryCode}*${to.partyId}`));
  });
  afterAll(async () => {
    router.stop();
    await gateway.app.close();
    await directory.app.close();
    await nc.close();
    await removeNamespace(namespace);
  });

  const statusAtCpo = async (locationId: string, evseUid: string) =>
    ((await locations({ interface: 'SENDER', method: 'GET', path: [locationId, evseUid], from: EMP, to: CMX })).data as Json)?.status;
  const statusAtEmsp = async (locationId: string, evseUid: string) =>
    ((await locations({ interface: 'RECEIVER', method: 'GET', path: ['NL', 'CMX', locationId, evseUid], from: CMX, to: EMP })).data as Json)?.status;

  it('should turn 2.0.1 connector statuses into EVSE statuses and PATCH them to the eMSP', async () => {
    await provisionStation(gateway, 'CS-201', CMX);
    const saved = await http(directory, 'PUT', '/admin/parties/NL/CMX/locations/LOC-ST', adminLocation([{ uid: 'E1', station: { stationId: 'CS-201', evseId: 1 } }, { uid: 'E2', station: { stationId: 'CS-201', evseId: 2 } }]));
    expect(saved.status).toBe(200);
    await eventually(async () => (await statusAtEmsp('LOC-ST', 'E1')) === 'AVAILABLE', 15_000, 'the location to be pushed');

    const { client, failures } = await connectStation(gateway, 'CS-201', 'ocpp2.0.1');
    const report = (evseId: number, connectorStatus: string) => client.call('StatusNotification', { timestamp: new Date().toISOString(), connectorStatus, evseId, connectorId: 1 });
    await report(1, 'Occupied');
    await report(2, 'Faulted');
    await eventually(async () => (await statusAtCpo('LOC-ST', 'E1')) === 'CHARGING' && (await statusAtCpo('LOC-ST', 'E2')) === 'OUTOFORDER', 15_000, 'the EVSE statuses to follow');
    await eventually(async () => (await statusAtEmsp('LOC-ST', 'E1')) === 'CHARGING' && (await statusAtEmsp('LOC-ST', 'E2')) === 'OUTOFORDER', 15_000, 'the PATCHes to reach the eMSP');
    const patches = router.sent.filter((request) => request.method === 'PATCH' && request.to.partyId === 'EMP');
    expect(patches.map((request) => [request.path.join('/'), (request.body as Json).status])).toEqual([
      ['NL/CMX/LOC-ST/E1', 'CHARGING'],
      ['NL/CMX/LOC-ST/E2', 'OUTOFORDER'],
    ]);
    await client.close();
    expect(failures).toEqual([]);
  });

  it('should follow a 1.6 station, whose connector N is EVSE N, and keep an EVSE the admin removed as it is', async () => {
    await provisionStation(gateway, 'CS-16', CMX);
    await http(directory, 'PUT', '/admin/parties/NL/CMX/locations/LOC-16', adminLocation([{ uid: 'A', station: { stationId: 'CS-16', evseId: 1 } }, { uid: 'B', station: { stationId: 'CS-16', evseId: 2 } }]));
    const removed = { ...adminLocation([{ uid: 'B', station: { stationId: 'CS-16', evseId: 2 } }]).evses[0], status: 'REMOVED' };
    expect((await http(directory, 'PUT', '/admin/parties/NL/CMX/locations/LOC-16/evses/B', removed)).status).toBe(200);
    const { client, failures } = await connectStation(gateway, 'CS-16', 'ocpp1.6');
    await client.call('StatusNotification', { connectorId: 2, errorCode: 'NoError', status: 'Charging' });
    await client.call('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Preparing' });
    await eventually(async () => (await statusAtCpo('LOC-16', 'A')) === 'CHARGING', 15_000, 'EVSE A to follow connector 1');
    expect(await statusAtCpo('LOC-16', 'B')).toBe('REMOVED');
    await client.close();
    expect(failures).toEqual([]);
  });
});
