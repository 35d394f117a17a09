import type { NatsConnection } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { createRPCError, type IHandlersOption } from 'ocpp-rpc';
import { commandSubject, streamName } from '@chargemesh/contracts/envelope';
import { stationCommandSubject, TOKEN_AUTHORITY_ACTIONS, TOKEN_AUTHORITY_SERVICE } from '@chargemesh/contracts/station';
import { NatsRequester, NatsResponder, NoRespondersError } from '@chargemesh/platform-messaging';
import { type StartedService } from '@chargemesh/platform-runtime';
import { eventually, removeNamespace, testLogger, testNamespace } from '@chargemesh/platform-testing';
import { V16_COMMANDS, V201_COMMANDS } from '../__fixtures__/command-samples.fixture';
import { connectStation as connect, connectTestNats, http, PASSWORD, provision, serveDirectoryParties, startGateway, stationEvents } from '../__fixtures__/gateway-harness.fixture';

/**
 * The WebSocket handshake completes a moment before the gateway subscribes the station's command
 * subject (it records StationConnected right after): wait for "online" so a command sent at once
 * finds the station instead of racing that subscription.
 */
async function connectStation(service: StartedService, identity: string, protocol: 'ocpp1.6' | 'ocpp2.0.1', options?: Parameters<typeof connect>[3]) {
  const station = await connect(service, identity, protocol, options);
  await eventually(async () => (await http(service, 'GET', `/admin/stations/${encodeURIComponent(identity)}`)).body?.online === true, 10_000, `${identity} to be online`);
  return station;
}

const BOOT = { '1.6': { chargePointVendor: 'V', chargePointModel: 'M' }, '2.0.1': { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } } } as const;
const PROTOCOL = { '1.6': 'ocpp1.6', '2.0.1': 'ocpp2.0.1' } as const;

describe('station gateway: commands to stations through cmd.station.<id>', () => {
  const namespace = testNamespace();
  let service: StartedService;
  let nc: NatsConnection;
  let requester: NatsRequester;
  const command = (stationId: string, action: string, payload: unknown, timeoutMs?: number) =>
    requester.request(stationCommandSubject(namespace, stationId), { action, payload, ...(timeoutMs ? { timeoutMs } : {}) }, { timeoutMs: 15_000 });

  beforeAll(async () => {
    nc = await connectTestNats();
    requester = new NatsRequester(nc);
    serveDirectoryParties(nc, namespace);
    service = await startGateway(namespace, { OCPP_CALL_TIMEOUT_MS: '5000' });
  });
  afterAll(async () => {
    await service.app.close();
    await nc.close();
    await removeNamespace(namespace);
  });

  it.each([
    ['2.0.1', V201_COMMANDS],
    ['1.6', V16_COMMANDS],
  ] as const)('should deliver every command of the list to a %s station and return its answer', async (version, samples) => {
    const stationId = `CS-CMD-${version}`;
    await provision(service, stationId);
    const { client, failures } = await connectStation(service, stationId, PROTOCOL[version]);
    await client.call('BootNotification', BOOT[version]);
    const received: { action: string; params: unknown }[] = [];
    client.handle(({ method = '', params }: IHandlersOption) => {
      received.push({ action: method, params });
      return Promise.resolve(samples.find((sample) => sample.action === method)?.response ?? {});
    });
    for (const sample of samples) expect([sample.action, await command(stationId, sample.action, sample.request)]).toEqual([sample.action, sample.response]);
    expect(received).toEqual(samples.map((sample) => ({ action: sample.action, params: sample.request })));
    expect(failures).toEqual([]);
    await client.close();

    const executed = (await stationEvents(nc, namespace, stationId)).filter((event) => event.type === 'StationCommandExecuted.v1');
    expect(executed.map((event) => (event.data as { action: string; outcome: string }).action)).toEqual(samples.map((sample) => sample.action));
    expect(executed.every((event) => (event.data as { outcome: string }).outcome === 'Completed')).toBe(true);
    const recorded = JSON.stringify(executed);
    for (const token of ['RFID-CMD', 'RFID-LIST', 'TAG-CMD', 'TAG-LIST']) expect(recorded).not.toContain(token);
  });

  it('should refuse a command that breaks the schema, belongs to the other version or is not allowed in the registration state, without sending it', async () => {
    await provision(service, 'CS-REFUSE', { registrationPolicy: 'Pending' });
    const { client } = await connectStation(service, 'CS-REFUSE', 'ocpp2.0.1');
    const received: string[] = [];
    client.handle(({ method = '' }: IHandlersOption) => {
      received.push(method);
      return Promise.resolve<Record<string, unknown>>(method === 'TriggerMessage' ? { status: 'Accepted' } : { getVariableResult: [{ attributeStatus: 'Accepted', attributeValue: '300', component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' } }] });
    });
    await expect(command('CS-REFUSE', 'Reset', { type: 'Sometime' })).rejects.toMatchObject({ code: 'STATION.INVALID_COMMAND', message: expect.stringMatching(/type/) });
    await expect(command('CS-REFUSE', 'RemoteStartTransaction', { idTag: 'X' })).rejects.toMatchObject({ code: 'STATION.INVALID_ACTION' });
    await expect(command('CS-REFUSE', 'Heartbeat', {})).rejects.toMatchObject({ code: 'STATION.INVALID_ACTION' });
    await client.call('BootNotification', BOOT['2.0.1']);
    await expect(command('CS-REFUSE', 'RequestStartTransaction', V201_COMMANDS[0].request)).rejects.toMatchObject({ code: 'STATION.NOT_ACCEPTED' });
    // A Pending station may be configured, and may send what we trigger.
    expect(await command('CS-REFUSE', 'GetVariables', V201_COMMANDS[6].request)).toMatchObject({ getVariableResult: [{ attributeValue: '300' }] });
    await expect(client.call('StatusNotification', { timestamp: new Date().toISOString(), connectorStatus: 'Available', evseId: 1, connectorId: 1 })).rejects.toMatchObject({ rpcErrorCode: 'SecurityError' });
    await command('CS-REFUSE', 'TriggerMessage', { requestedMessage: 'StatusNotification', evse: { id: 1, connectorId: 1 } });
    expect(await client.call('StatusNotification', { timestamp: new Date().toISOString(), connectorStatus: 'Available', evseId: 1, connectorId: 1 })).toEqual({});
    expect(received).toEqual(['GetVariables', 'TriggerMessage']);
    await client.close();
  });

  it('should report the station\'s CALLERROR, a time-out and an offline station distinctly', async () => {
    await provision(service, 'CS-FAIL');
    const { client } = await connectStation(service, 'CS-FAIL', 'ocpp2.0.1');
    await client.call('BootNotification', BOOT['2.0.1']);
    client.handle('Reset', () => Promise.reject(createRPCError('NotSupported', 'not now')));
    client.handle('UnlockConnector', () => new Promise(() => undefined));
    await expect(command('CS-FAIL', 'Reset', { type: 'Immediate' })).rejects.toMatchObject({ code: 'STATION.CALL_ERROR', message: expect.stringContaining('NotSupported') });
    await expect(command('CS-FAIL', 'UnlockConnector', { evseId: 1, connectorId: 1 }, 300)).rejects.toMatchObject({ code: 'STATION.TIMEOUT' });
    await client.close({ force: true });
    await eventually(async () => {
      try {
        await command('CS-FAIL', 'Reset', { type: 'Immediate' });
      } catch (error) {
        return error instanceof NoRespondersError;
      }
      return false;
    }, 5_000, 'no responders once the station left');
    expect(await http(service, 'POST', '/admin/stations/CS-FAIL/commands', { action: 'Reset', payload: { type: 'Immediate' } })).toMatchObject({ body: { code: 'STATION.OFFLINE' } });
    const outcomes = (await stationEvents(nc, namespace, 'CS-FAIL')).filter((event) => event.type === 'StationCommandExecuted.v1').map((event) => (event.data as { outcome: string }).outcome);
    // A probe that raced the disconnect is recorded as Disconnected; the first two are the ones provoked.
    expect(outcomes.slice(0, 2)).toEqual(['CallError', 'Timeout']);
  });

  it('should adopt a password the station accepted and keep it out of the audit stream', async () => {
    await provision(service, 'CS-KEY');
    const { client } = await connectStation(service, 'CS-KEY', 'ocpp1.6');
    await client.call('BootNotification', BOOT['1.6']);
    client.handle('ChangeConfiguration', () => Promise.resolve({ status: 'Accepted' }));
    const newKey = 'a0a1a2a3a4a5a6a7a8a9aaabacadaeaf';
    expect(await command('CS-KEY', 'ChangeConfiguration', { key: 'AuthorizationKey', value: newKey })).toEqual({ status: 'Accepted' });
    await client.close();
    await expect(connectStation(service, 'CS-KEY', 'ocpp1.6', { password: PASSWORD })).rejects.toThrow();
    const renewed = await connectStation(service, 'CS-KEY', 'ocpp1.6', { password: Buffer.from(newKey, 'hex') });
    await renewed.client.close();
    const jsm = await jetstreamManager(nc);
    const audit = await jsm.streams.getMessage(streamName(namespace, 'OCPP_AUDIT'), { last_by_subj: `${namespace}.audit-ocpp.CS-KEY.out` });
    // The CALL that set the key, as the audit stream keeps it.
    expect(audit?.json()).toEqual([2, expect.any(String), 'ChangeConfiguration', { key: 'AuthorizationKey', value: '***' }]);
    const events = JSON.stringify(await stationEvents(nc, namespace, 'CS-KEY'));
    expect(events).not.toContain(newKey);
    expect(events).toContain('StationPasswordChanged.v1');
  });

  it('should ask the token authority first and fall back to the local list when it is slow', async () => {
    await provision(service, 'CS-AUTHORITY');
    await http(service, 'PUT', '/admin/local-authorizations', { idToken: { value: 'LOCAL-OK', type: 'ISO14443' }, status: 'Accepted' });
    const asked: unknown[] = [];
    const authority = new NatsResponder(nc, testLogger()).serve(commandSubject(namespace, TOKEN_AUTHORITY_SERVICE, TOKEN_AUTHORITY_ACTIONS.authorize), async (payload) => {
      asked.push(payload);
      const { idToken } = payload as { idToken: { value: string } };
      if (idToken.value === 'SLOW') return new Promise((resolve) => setTimeout(() => resolve({ status: 'Blocked' }), 1_000));
      if (idToken.value === 'LOCAL-OK') return new Promise((resolve) => setTimeout(() => resolve({ status: 'Blocked' }), 1_000));
      return { status: idToken.value === 'ROAMING-OK' ? 'Accepted' : 'NoCredit', groupIdToken: { value: 'GROUP-1', type: 'Central' } };
    });
    const { client, failures } = await connectStation(service, 'CS-AUTHORITY', 'ocpp2.0.1');
    await client.call('BootNotification', BOOT['2.0.1']);
    expect(await client.call('Authorize', { idToken: { idToken: 'ROAMING-OK', type: 'eMAID' } })).toEqual({ idTokenInfo: { status: 'Accepted', groupIdToken: { idToken: 'GROUP-1', type: 'Central' } } });
    expect(await client.call('Authorize', { idToken: { idToken: 'BROKE', type: 'eMAID' } })).toMatchObject({ idTokenInfo: { status: 'NoCredit' } });
    expect(await client.call('Authorize', { idToken: { idToken: 'LOCAL-OK', type: 'ISO14443' } })).toEqual({ idTokenInfo: { status: 'Accepted' } });
    expect(await client.call('Authorize', { idToken: { idToken: 'SLOW', type: 'ISO14443' } })).toEqual({ idTokenInfo: { status: 'Unknown' } });
    expect(asked[0]).toEqual({ stationId: 'CS-AUTHORITY', party: { countryCode: 'NL', partyId: 'CMX' }, ocppVersion: '2.0.1', idToken: { value: 'ROAMING-OK', type: 'eMAID' }, purpose: 'authorize' });
    authority.unsubscribe();
    await client.close();
    expect(failures).toEqual([]);
    const sources = (await stationEvents(nc, namespace, 'CS-AUTHORITY')).filter((event) => event.type === 'TokenAuthorizationChecked.v1').map((event) => (event.data as { source: string }).source);
    expect(sources).toEqual(['authority', 'authority', 'local-list', 'unknown']);
  });
});
