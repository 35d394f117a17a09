import type { NatsConnection } from '@nats-io/transport-node';
import { commandSubject } from '@chargemesh/contracts/envelope';
import { STATION_GATEWAY_ACTIONS, STATION_GATEWAY_SERVICE } from '@chargemesh/contracts/station';
import { NatsRequester } from '@chargemesh/platform-messaging';
import { type StartedService } from '@chargemesh/platform-runtime';
import { eventually, removeNamespace, testNamespace } from '@chargemesh/platform-testing';
import { connectStation, connectTestNats, http, provision, serveDirectoryParties, startGateway, stationEvents } from '../__fixtures__/gateway-harness.fixture';

const now = () => new Date().toISOString();

describe('station gateway: notifications, data transfer and the query API over NATS', () => {
  const namespace = testNamespace();
  let service: StartedService;
  let nc: NatsConnection;
  let requester: NatsRequester;
  const query = (action: string, payload: unknown) => requester.request(commandSubject(namespace, STATION_GATEWAY_SERVICE, action), payload);

  beforeAll(async () => {
    nc = await connectTestNats();
    requester = new NatsRequester(nc);
    serveDirectoryParties(nc, namespace);
    service = await startGateway(namespace, { OCPP_DATA_TRANSFER_VENDORS: 'com.acme, com.chargemesh' });
  });
  afterAll(async () => {
    await service.app.close();
    await nc.close();
    await removeNamespace(namespace);
  });

  it('should answer and record every 2.0.1 notification, report and vendor message', async () => {
    await provision(service, 'CS-NOTIFY-201');
    const { client, failures } = await connectStation(service, 'CS-NOTIFY-201', 'ocpp2.0.1');
    await client.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } });
    const calls: [string, Record<string, unknown>, unknown][] = [
      ['SecurityEventNotification', { type: 'StartupOfTheDevice', timestamp: now() }, {}],
      ['FirmwareStatusNotification', { status: 'Installed', requestId: 4 }, {}],
      ['LogStatusNotification', { status: 'Uploaded', requestId: 5 }, {}],
      ['NotifyReport', { requestId: 6, generatedAt: now(), seqNo: 0, reportData: [{ component: { name: 'OCPPCommCtrlr' }, variable: { name: 'HeartbeatInterval' }, variableAttribute: [{ value: '300' }] }] }, {}],
      ['NotifyEvent', { generatedAt: now(), seqNo: 0, eventData: [{ eventId: 1, timestamp: now(), trigger: 'Alerting', actualValue: 'true', eventNotificationType: 'HardWiredNotification', component: { name: 'EVSE' }, variable: { name: 'Problem' } }] }, {}],
      ['MeterValues', { evseId: 0, meterValue: [{ timestamp: now(), sampledValue: [{ value: 230.1, measurand: 'Voltage', unitOfMeasure: { unit: 'V' } }] }] }, {}],
      ['DataTransfer', { vendorId: 'com.acme', messageId: 'Temperature', data: '42' }, { status: 'Accepted' }],
      ['DataTransfer', { vendorId: 'org.unknown' }, { status: 'UnknownVendorId' }],
    ];
    for (const [action, payload, answer] of calls) expect([action, await client.call(action, payload)]).toEqual([action, answer]);
    await client.close();
    expect(failures).toEqual([]);
    const received = (await stationEvents(nc, namespace, 'CS-NOTIFY-201')).filter((event) => event.type === 'StationMessageReceived.v1').map((event) => event.data as { action: string; payload: unknown; ocppVersion: string });
    expect(received.map((data) => [data.action, data.payload, data.ocppVersion])).toEqual(calls.map(([action, payload]) => [action, payload, '2.0.1']));
  });

  it('should answer and record the 1.6 notifications and vendor messages', async () => {
    await provision(service, 'CS-NOTIFY-16');
    const { client, failures } = await connectStation(service, 'CS-NOTIFY-16', 'ocpp1.6');
    await client.call('BootNotification', { chargePointVendor: 'V', chargePointModel: 'M' });
    const calls: [string, Record<string, unknown>, unknown][] = [
      ['SecurityEventNotification', { type: 'FirmwareUpdated', timestamp: now() }, {}],
      ['FirmwareStatusNotification', { status: 'Installed' }, {}],
      ['DiagnosticsStatusNotification', { status: 'Uploaded' }, {}],
      ['LogStatusNotification', { status: 'Uploaded', requestId: 2 }, {}],
      ['MeterValues', { connectorId: 0, meterValue: [{ timestamp: now(), sampledValue: [{ value: '229.8', measurand: 'Voltage', unit: 'V' }] }] }, {}],
      ['DataTransfer', { vendorId: 'com.chargemesh', messageId: 'Hello' }, { status: 'Accepted' }],
    ];
    for (const [action, payload, answer] of calls) expect([action, await client.call(action, payload)]).toEqual([action, answer]);
    await client.close();
    expect(failures).toEqual([]);
    const actions = (await stationEvents(nc, namespace, 'CS-NOTIFY-16')).filter((event) => event.type === 'StationMessageReceived.v1').map((event) => (event.data as { action: string }).action);
    expect(actions).toEqual(calls.map(([action]) => action));
  });

  it('should serve stations, transactions and token references to other services over NATS', async () => {
    await provision(service, 'CS-QUERY');
    await http(service, 'PUT', '/admin/local-authorizations', { idToken: { value: 'QUERY-TOKEN', type: 'ISO14443' }, status: 'Accepted' });
    const { client } = await connectStation(service, 'CS-QUERY', 'ocpp2.0.1');
    await client.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } });
    await client.call('TransactionEvent', {
      eventType: 'Started', timestamp: now(), triggerReason: 'Authorized', seqNo: 0, transactionInfo: { transactionId: 'TX-Q' }, evse: { id: 1, connectorId: 1 }, idToken: { idToken: 'QUERY-TOKEN', type: 'ISO14443' },
    });
    const station = await eventually(async () => {
      const found = (await query(STATION_GATEWAY_ACTIONS.getStation, { stationId: 'CS-QUERY' })) as { online: boolean; openTransactions: { transactionId: string; token: { ref: string } }[] };
      return found.online && found.openTransactions.length === 1 ? found : undefined;
    }, 10_000, 'the open transaction in the projection');
    expect(station.openTransactions[0].transactionId).toBe('TX-Q');
    expect(await query(STATION_GATEWAY_ACTIONS.listTransactions, { stationId: 'CS-QUERY', open: true })).toEqual([expect.objectContaining({ transactionId: 'TX-Q', open: true })]);
    const listed = (await query(STATION_GATEWAY_ACTIONS.listStations, { countryCode: 'NL', partyId: 'CMX', online: true })) as { stationId: string }[];
    expect(listed.map((entry) => entry.stationId)).toContain('CS-QUERY');
    expect(await query(STATION_GATEWAY_ACTIONS.resolveTokenRef, { ref: station.openTransactions[0].token.ref })).toEqual({ ref: station.openTransactions[0].token.ref, value: 'QUERY-TOKEN', type: 'ISO14443' });
    await expect(query(STATION_GATEWAY_ACTIONS.getStation, { stationId: 'NOBODY' })).rejects.toMatchObject({ code: 'STATION.NOT_FOUND' });
    await client.close();
  });
});
