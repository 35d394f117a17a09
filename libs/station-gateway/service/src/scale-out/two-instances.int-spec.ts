import type { NatsConnection } from '@nats-io/transport-node';
import { stationCommandSubject } from '@chargemesh/contracts/station';
import { NatsRequester } from '@chargemesh/platform-messaging';
import { type StartedService } from '@chargemesh/platform-runtime';
import { eventually, removeNamespace, testNamespace } from '@chargemesh/platform-testing';
import {
  connectStation,
  connectTestNats,
  eventTypes,
  http,
  provision,
  rawStation,
  rawUpgrade,
  basicAuth,
  serveDirectoryParties,
  startGateway,
  stationEvents,
} from '../__fixtures__/gateway-harness.fixture';

const BOOT = { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } };
const closeCode = (client: { once(event: 'close', listener: (event: { code: number }) => void): unknown }) =>
  new Promise<number>((resolve) => client.once('close', ({ code }) => resolve(code)));

describe('station gateway: two instances sharing NATS and Postgres', () => {
  const namespace = testNamespace();
  let a: StartedService;
  let b: StartedService;
  let nc: NatsConnection;
  let requester: NatsRequester;

  beforeAll(async () => {
    nc = await connectTestNats();
    requester = new NatsRequester(nc);
    serveDirectoryParties(nc, namespace);
    // One after the other: two processes creating the database at the same moment can still collide in
    // ensureDatabase (a unique violation that it does not treat as "already exists"; see the report).
    a = await startGateway(namespace, { OCPP_PING_INTERVAL_S: '1', SHUTDOWN_GRACE_MS: '3000' });
    b = await startGateway(namespace, { OCPP_PING_INTERVAL_S: '1' });
  });
  afterAll(async () => {
    await Promise.all([a?.app.close(), b?.app.close()]);
    await nc.close();
    await removeNamespace(namespace);
  });

  it('should deliver a command issued through instance B to a station connected to instance A', async () => {
    await provision(a, 'CS-SCALE-1');
    const { client, failures } = await connectStation(a, 'CS-SCALE-1', 'ocpp2.0.1');
    await client.call('BootNotification', BOOT);
    client.handle('Reset', () => Promise.resolve({ status: 'Scheduled' }));
    expect(await http(b, 'POST', '/admin/stations/CS-SCALE-1/commands', { action: 'Reset', payload: { type: 'OnIdle' } })).toEqual({ status: 200, body: { status: 'Scheduled' } });
    expect(await requester.request(stationCommandSubject(namespace, 'CS-SCALE-1'), { action: 'Reset', payload: { type: 'OnIdle' } })).toEqual({ status: 'Scheduled' });
    // The projection follows the events asynchronously; either instance serves it.
    await eventually(async () => (await http(b, 'GET', '/admin/stations/CS-SCALE-1')).body.registrationStatus === 'Accepted', 10_000, 'the boot in the projection');
    expect((await http(b, 'GET', '/admin/stations/CS-SCALE-1')).body).toMatchObject({ online: true, registrationStatus: 'Accepted' });
    await client.close();
    expect(failures).toEqual([]);
  });

  it('should keep registration and the open transaction when the station drops from A and comes back on B', async () => {
    await provision(a, 'CS-SCALE-2');
    const onA = await connectStation(a, 'CS-SCALE-2', 'ocpp2.0.1');
    await onA.client.call('BootNotification', BOOT);
    const event = (client: typeof onA.client, eventType: string, seqNo: number) =>
      client.call('TransactionEvent', { eventType, seqNo, timestamp: new Date().toISOString(), triggerReason: 'MeterValuePeriodic', transactionInfo: { transactionId: 'TX-MOVE' }, evse: { id: 1, connectorId: 1 } });
    await event(onA.client, 'Started', 0);
    await event(onA.client, 'Updated', 1);
    await onA.client.close();
    const onB = await connectStation(b, 'CS-SCALE-2', 'ocpp2.0.1');
    // No BootNotification: the Accepted registration is remembered on the other instance too.
    expect(await onB.client.call('Heartbeat', {})).toEqual({ currentTime: expect.any(String) });
    await event(onB.client, 'Updated', 1);
    await event(onB.client, 'Ended', 2);
    await onB.client.close();
    expect([...onA.failures, ...onB.failures]).toEqual([]);
    const types = eventTypes(await stationEvents(nc, namespace, 'CS-SCALE-2')).filter((type) => type.startsWith('Transaction'));
    expect(types).toEqual(['TransactionStarted.v1', 'TransactionUpdated.v1', 'TransactionEnded.v1']);
  });

  it('should close the older socket on A when the station connects to B, so that commands reach B', async () => {
    await provision(a, 'CS-SCALE-3');
    const onA = await connectStation(a, 'CS-SCALE-3', 'ocpp2.0.1');
    await onA.client.call('BootNotification', BOOT);
    const aClosed = closeCode(onA.client);
    const onB = await connectStation(b, 'CS-SCALE-3', 'ocpp2.0.1');
    expect(await aClosed).toBe(1000);
    onB.client.handle('UnlockConnector', () => Promise.resolve({ status: 'Unlocked' }));
    expect(await requester.request(stationCommandSubject(namespace, 'CS-SCALE-3'), { action: 'UnlockConnector', payload: { evseId: 1, connectorId: 1 } })).toEqual({ status: 'Unlocked' });
    const station = await eventually(async () => {
      const { body } = await http(a, 'GET', '/admin/stations/CS-SCALE-3');
      return body.online ? body : undefined;
    }, 10_000, 'the station to show online');
    expect(station.online).toBe(true);
    await onB.client.close();
  });

  it('should disconnect a station that stops answering pings and show it offline', async () => {
    await provision(a, 'CS-SCALE-4');
    const silent = await rawStation(a, 'CS-SCALE-4', ['ocpp2.0.1'], undefined, { autoPong: false });
    const closed = new Promise<number>((resolve) => silent.ws.once('close', (code) => resolve(code)));
    expect(await closed).toBe(1006);
    const events = await eventually(async () => {
      const found = await stationEvents(nc, namespace, 'CS-SCALE-4');
      return found.some((envelope) => envelope.type === 'StationDisconnected.v1') ? found : undefined;
    }, 10_000, 'the disconnect to be recorded');
    expect(events.find((envelope) => envelope.type === 'StationDisconnected.v1')?.data).toMatchObject({ reason: 'unresponsive' });
    await eventually(async () => (await http(b, 'GET', '/admin/stations/CS-SCALE-4')).body.online === false, 10_000, 'offline in the projection');
  });

  it('should report not-ready, refuse new stations and close sockets normally while an instance drains', async () => {
    await provision(a, 'CS-SCALE-5');
    await provision(a, 'CS-SCALE-6');
    const { client } = await connectStation(a, 'CS-SCALE-5', 'ocpp2.0.1');
    // A socket that never answers the close handshake keeps A draining long enough to look at it.
    const stubborn = await rawUpgrade(a.port, '/ocpp/CS-SCALE-6', basicAuth('CS-SCALE-6'), 'ocpp2.0.1');
    stubborn.socket?.on('data', () => undefined);
    const closed = closeCode(client);
    const stopping = a.app.close();
    expect(await closed).toBe(1000);
    expect(await http(a, 'GET', '/health/ready', undefined, {})).toMatchObject({ status: 503, body: { error: { gateway: { status: 'down' } } } });
    expect((await rawUpgrade(a.port, '/ocpp/CS-SCALE-5', basicAuth('CS-SCALE-5'), 'ocpp2.0.1')).status).toBe(503);
    await stopping;
    stubborn.socket?.destroy();
    const again = await connectStation(b, 'CS-SCALE-5', 'ocpp2.0.1');
    expect(await again.client.call('BootNotification', BOOT)).toMatchObject({ status: 'Accepted' });
    await again.client.close();
  });
});
