import type { NatsConnection } from '@nats-io/transport-node';
import WebSocket from 'ws';
import { type StartedService } from '@chargemesh/platform-runtime';
import { eventually, removeNamespace, testNamespace } from '@chargemesh/platform-testing';
import {
  connectStation,
  connectTestNats,
  eventTypes,
  http,
  PASSWORD,
  provision,
  rawStation,
  rawUpgrade,
  serveDirectoryParties,
  startGateway,
  stationEvents,
} from '../__fixtures__/gateway-harness.fixture';

const BOOT_201 = { reason: 'PowerUp', chargingStation: { model: 'M1', vendorName: 'ChargeMesh' } };
const BOOT_16 = { chargePointVendor: 'ChargeMesh', chargePointModel: 'M1' };

function upgradeStatus(service: StartedService, path: string, headers: Record<string, string> = {}, protocols = ['ocpp2.0.1']): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${service.port}${path}`, protocols, { headers });
    ws.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('open', () => reject(new Error(`upgrade of ${path} was accepted`)));
    ws.on('error', () => undefined);
  });
}

const basic = (user: string, password: string) => ({ authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` });

describe('station gateway: connecting, authenticating and negotiating', () => {
  const namespace = testNamespace();
  let service: StartedService;
  let nc: NatsConnection;

  beforeAll(async () => {
    nc = await connectTestNats();
    serveDirectoryParties(nc, namespace);
    service = await startGateway(namespace);
    await provision(service, 'CS-AUTH');
    await provision(service, 'CS 16/1'.replace('/', '-'));
    await provision(service, 'CS-BIN', { password: undefined, passwordHex: '000102030405060708090a0b0c0d0e0fffffffff' });
  });
  afterAll(async () => {
    await service.app.close();
    await nc.close();
    await removeNamespace(namespace);
  });

  it('should answer 404 before the upgrade when the identity is unknown or the path is not /ocpp/<identity>', async () => {
    expect(await upgradeStatus(service, '/ocpp/NOBODY', basic('NOBODY', PASSWORD))).toBe(404);
    expect(await upgradeStatus(service, '/other/CS-AUTH', basic('CS-AUTH', PASSWORD))).toBe(404);
    expect(await upgradeStatus(service, '/ocpp/CS-AUTH/extra', basic('CS-AUTH', PASSWORD))).toBe(404);
    expect(await upgradeStatus(service, '/ocpp/' + 'X'.repeat(49), basic('X'.repeat(49), PASSWORD))).toBe(404);
  });

  it('should answer 401 before the upgrade when the password is wrong, missing or for another identity', async () => {
    expect(await upgradeStatus(service, '/ocpp/CS-AUTH', basic('CS-AUTH', 'wrong-password-wrong-password'))).toBe(401);
    expect(await upgradeStatus(service, '/ocpp/CS-AUTH')).toBe(401);
    expect(await upgradeStatus(service, '/ocpp/CS-AUTH', basic('CS-BIN', PASSWORD))).toBe(401);
  });

  it('should accept a percent-encoded identity and a binary 1.6 AuthorizationKey compared as bytes', async () => {
    const spaced = await connectStation(service, 'CS 16-1', 'ocpp1.6');
    expect(spaced.client.protocol).toBe('ocpp1.6');
    await spaced.client.close();
    const key = Buffer.from('000102030405060708090a0b0c0d0e0fffffffff', 'hex');
    const binary = await connectStation(service, 'CS-BIN', 'ocpp1.6', { password: key });
    await binary.client.close();
    expect(await upgradeStatus(service, '/ocpp/CS-BIN', { authorization: `Basic ${Buffer.concat([Buffer.from('CS-BIN:'), key.subarray(1)]).toString('base64')}` }, ['ocpp1.6'])).toBe(401);
  });

  it('should pick the station\'s first supported subprotocol and close with 1002 when none is supported', async () => {
    const preferred = new WebSocket(`ws://127.0.0.1:${service.port}/ocpp/CS-AUTH`, ['ocpp2.1', 'ocpp1.6', 'ocpp2.0.1'], { headers: basic('CS-AUTH', PASSWORD) });
    await new Promise((resolve) => preferred.once('open', resolve));
    expect(preferred.protocol).toBe('ocpp1.6');
    preferred.close();
    // A raw handshake: the ws client would itself abort on a missing subprotocol, hiding what the server does.
    const upgraded = await rawUpgrade(service.port, '/ocpp/CS-AUTH', basic('CS-AUTH', PASSWORD), 'ocpp2.1');
    const frame = upgraded.head.length ? upgraded.head : await new Promise<Buffer>((resolve) => upgraded.socket?.once('data', resolve));
    upgraded.socket?.destroy();
    // A close frame: 0x88, payload length, then the 2-byte status code.
    const response = { status: upgraded.status, protocol: upgraded.protocol, closeCode: frame[0] === 0x88 ? frame.readUInt16BE(2) : -1 };
    expect(response).toEqual({ status: 101, protocol: undefined, closeCode: 1002 });
  });

  it('should refuse every CALL but BootNotification with SecurityError until the boot is accepted, and remember it across reconnects', async () => {
    const { client, failures } = await connectStation(service, 'CS-AUTH', 'ocpp2.0.1');
    await expect(client.call('Heartbeat', {})).rejects.toMatchObject({ rpcErrorCode: 'SecurityError' });
    const boot = await client.call('BootNotification', BOOT_201);
    expect(boot).toMatchObject({ status: 'Accepted', interval: 300 });
    expect(await client.call('Heartbeat', {})).toEqual({ currentTime: expect.any(String) });
    await client.close();
    const again = await connectStation(service, 'CS-AUTH', 'ocpp2.0.1');
    expect(await again.client.call('Heartbeat', {})).toEqual({ currentTime: expect.any(String) });
    await again.client.close();
    expect([...failures, ...again.failures]).toEqual([]);
    const types = eventTypes(await stationEvents(nc, namespace, 'CS-AUTH'));
    expect(types.filter((type) => type === 'StationBooted.v1')).toHaveLength(1);
    expect(types.filter((type) => type === 'StationMessageReceived.v1')).toHaveLength(2);
  });

  it('should answer Pending with the retry interval and keep refusing other CALLs when the station is onboarding', async () => {
    await provision(service, 'CS-PENDING', { registrationPolicy: 'Pending' });
    const { client } = await connectStation(service, 'CS-PENDING', 'ocpp1.6');
    expect(await client.call('BootNotification', BOOT_16)).toMatchObject({ status: 'Pending', interval: 60 });
    await expect(client.call('Heartbeat', {})).rejects.toMatchObject({ rpcErrorCode: 'SecurityError' });
    await client.close();
  });

  it('should give a newer connection of the same station precedence and close the older one', async () => {
    const first = await connectStation(service, 'CS-AUTH', 'ocpp2.0.1');
    const closed = new Promise<number>((resolve) => first.client.once('close', ({ code }: { code: number }) => resolve(code)));
    const second = await connectStation(service, 'CS-AUTH', 'ocpp2.0.1');
    expect(await closed).toBe(1000);
    expect(await second.client.call('Heartbeat', {})).toEqual({ currentTime: expect.any(String) });
    await second.client.close();
  });

  it('should show the station online while connected and offline after it leaves', async () => {
    const { client } = await connectStation(service, 'CS-AUTH', 'ocpp2.0.1');
    await eventually(async () => (await http(service, 'GET', '/admin/stations/CS-AUTH')).body.online === true, 10_000, 'online');
    await client.close();
    await eventually(async () => (await http(service, 'GET', '/admin/stations/CS-AUTH')).body.online === false, 10_000, 'offline');
  });

  describe('bad input, answered with each version\'s CALLERROR', () => {
    it.each([
      ['2.0.1', 'ocpp2.0.1', ['RpcFrameworkError', 'TypeConstraintViolation', 'OccurrenceConstraintViolation', 'MessageTypeNotSupported']],
      ['1.6', 'ocpp1.6', ['FormationViolation', 'TypeConstraintViolation', 'OccurenceConstraintViolation', undefined]],
    ])('should answer %s frames that break the rules with the version\'s codes', async (_version, protocol, codes) => {
      const [badJson, wrongType, missing, unknownType] = codes as (string | undefined)[];
      const station = await rawStation(service, 'CS-AUTH', [protocol]);
      expect(await station.exchange('[2, "a1", "Heartbeat", {')).toEqual([4, '-1', badJson, expect.any(String), {}]);
      const boot = protocol === 'ocpp1.6' ? { chargePointVendor: 42, chargePointModel: 'M1' } : { reason: 'PowerUp', chargingStation: { model: 42, vendorName: 'V' } };
      expect(await station.exchange([2, 'a2', 'BootNotification', boot])).toEqual([4, 'a2', wrongType, expect.any(String), expect.any(Object)]);
      expect(await station.exchange([2, 'a3', 'BootNotification', {}])).toEqual([4, 'a3', missing, expect.any(String), expect.any(Object)]);
      expect(await station.exchange([2, 'a4', 'MakeCoffee', {}])).toEqual([4, 'a4', 'NotImplemented', expect.any(String), {}]);
      expect(await station.exchange([2, 'x'.repeat(37), 'Heartbeat', {}])).toEqual([4, '-1', badJson, expect.any(String), {}]);
      if (unknownType) expect(await station.exchange([7, 'a5', 'Heartbeat', {}])).toEqual([4, 'a5', unknownType, expect.any(String), {}]);
      // A message id reused for a different message on the same connection.
      await station.exchange([2, 'a6', 'Heartbeat', {}]);
      expect(await station.exchange([2, 'a6', 'StatusNotification', {}])).toEqual([4, 'a6', badJson, expect.stringMatching(/already used/), {}]);
      // 1.6 ignores an unknown message type: the next CALL is answered and nothing else arrived in between.
      const before = station.frames.length;
      if (!unknownType) station.ws.send(JSON.stringify([7, 'a7', 'Heartbeat', {}]));
      expect(await station.exchange([2, 'a8', 'Heartbeat', {}])).toEqual([3, 'a8', { currentTime: expect.any(String) }]);
      expect(station.frames.length).toBe(before + 1);
      station.ws.close();
    });

    it('should close the connection with 1009 when a frame exceeds the size limit, keeping what was accepted before', async () => {
      const station = await rawStation(service, 'CS-AUTH', ['ocpp2.0.1']);
      expect(await station.exchange([2, 'ok-1', 'Heartbeat', {}])).toEqual([3, 'ok-1', { currentTime: expect.any(String) }]);
      const closed = new Promise<number>((resolve) => station.ws.once('close', (code) => resolve(code)));
      station.ws.send(JSON.stringify([2, 'big', 'DataTransfer', { vendorId: 'V', data: 'x'.repeat(600 * 1024) }]));
      expect(await closed).toBe(1009);
      const events = await stationEvents(nc, namespace, 'CS-AUTH');
      expect(events.some((event) => (event.data as { messageId?: string }).messageId === 'ok-1')).toBe(true);
    });

    it('should queue a second CALL sent before the first is answered and answer both in order', async () => {
      const station = await rawStation(service, 'CS-AUTH', ['ocpp2.0.1']);
      station.ws.send(JSON.stringify([2, 'q1', 'Heartbeat', {}]));
      station.ws.send(JSON.stringify([2, 'q2', 'StatusNotification', { timestamp: new Date().toISOString(), connectorStatus: 'Available', evseId: 1, connectorId: 1 }]));
      const answers = await station.exchange([2, 'q3', 'Heartbeat', {}], 3);
      expect(answers[1]).toBe('q3');
      expect(station.frames.map((frame) => [frame[0], frame[1]])).toEqual([
        [3, 'q1'],
        [3, 'q2'],
        [3, 'q3'],
      ]);
      station.ws.close();
    });
  });
});
