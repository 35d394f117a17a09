import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { streamName } from '@chargemesh/contracts/envelope';
import { type StartedService } from '@chargemesh/platform-runtime';
import { eventually, removeNamespace, testNamespace } from '@chargemesh/platform-testing';
import { connectStation, connectTestNats, eventTypes, http, provision, serveDirectoryParties, startGateway, stationEvents } from '../__fixtures__/gateway-harness.fixture';

// Station clocks a little ahead of now: times before the connection opened would mean queued while offline.
const base = Date.now() + 60_000;
const at = (minute: number) => new Date(base + minute * 60_000).toISOString();

describe('station gateway: a full charging session', () => {
  const namespace = testNamespace();
  let service: StartedService;
  let nc: NatsConnection;

  beforeAll(async () => {
    nc = await connectTestNats();
    serveDirectoryParties(nc, namespace);
    service = await startGateway(namespace);
    for (const value of ['RFID-201', 'TAG-16']) {
      expect((await http(service, 'PUT', '/admin/local-authorizations', { idToken: { value, ...(value === 'RFID-201' ? { type: 'ISO14443' } : {}) }, status: 'Accepted' })).status).toBe(200);
    }
  });
  afterAll(async () => {
    await service.app.close();
    await nc.close();
    await removeNamespace(namespace);
  });

  it('should record a 2.0.1 session as events and projection rows, with tokens only as references', async () => {
    await provision(service, 'CS-201');
    const { client, failures } = await connectStation(service, 'CS-201', 'ocpp2.0.1');
    const idToken = { idToken: 'RFID-201', type: 'ISO14443' };
    const evse = { id: 1, connectorId: 1 };
    await client.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M1', vendorName: 'ChargeMesh', serialNumber: 'SN-1', firmwareVersion: '1.0' } });
    await client.call('StatusNotification', { timestamp: at(0), connectorStatus: 'Available', evseId: 1, connectorId: 1 });
    expect(await client.call('Authorize', { idToken })).toEqual({ idTokenInfo: { status: 'Accepted' } });
    await client.call('StatusNotification', { timestamp: at(1), connectorStatus: 'Occupied', evseId: 1, connectorId: 1 });
    const energy = (wh: number, context: string) => [{ timestamp: at(2), sampledValue: [{ value: wh, context, measurand: 'Energy.Active.Import.Register', unitOfMeasure: { unit: 'Wh' } }] }];
    const started = await client.call('TransactionEvent', {
      eventType: 'Started', timestamp: at(2), triggerReason: 'Authorized', seqNo: 0, transactionInfo: { transactionId: 'TX-201', chargingState: 'Charging' }, evse, idToken, meterValue: energy(100, 'Transaction.Begin'),
    });
    expect(started).toEqual({ idTokenInfo: { status: 'Accepted' } });
    expect(await client.call('TransactionEvent', { eventType: 'Updated', timestamp: at(30), triggerReason: 'MeterValuePeriodic', seqNo: 1, transactionInfo: { transactionId: 'TX-201' }, meterValue: energy(3_700, 'Sample.Periodic') })).toEqual({});
    await client.call('TransactionEvent', {
      eventType: 'Ended', timestamp: at(59), triggerReason: 'StopAuthorized', seqNo: 2, transactionInfo: { transactionId: 'TX-201', stoppedReason: 'Local' }, idToken, meterValue: energy(7_400, 'Transaction.End'),
    });
    await client.call('StatusNotification', { timestamp: at(59), connectorStatus: 'Available', evseId: 1, connectorId: 1 });
    await client.close();
    expect(failures).toEqual([]);

    // The disconnect is recorded once the gateway saw the socket close, a moment after the station left.
    const events = await eventually(async () => {
      const found = await stationEvents(nc, namespace, 'CS-201');
      return found.some((event) => event.type === 'StationDisconnected.v1') ? found : undefined;
    }, 10_000, 'the disconnect to be recorded');
    expect(eventTypes(events).slice(2)).toEqual([
      'StationConnected.v1', 'StationBooted.v1', 'ConnectorStatusChanged.v1', 'TokenAuthorizationChecked.v1', 'ConnectorStatusChanged.v1',
      'TransactionStarted.v1', 'TransactionUpdated.v1', 'TransactionEnded.v1', 'ConnectorStatusChanged.v1', 'StationDisconnected.v1',
    ]);
    expect(JSON.stringify(events)).not.toContain('RFID-201');
    const byType = (type: string) => events.find((event) => event.type === type)?.data as Record<string, unknown>;
    const token = (byType('TransactionStarted.v1') as { token: { ref: string; type: string } }).token;
    expect(byType('TransactionStarted.v1')).toMatchObject({ stationId: 'CS-201', transactionId: 'TX-201', evseId: 1, connectorId: 1, seqNo: 0, offline: false, authorizationStatus: 'Accepted', startedAt: at(2), token: { type: 'ISO14443' } });
    expect(byType('TransactionEnded.v1')).toMatchObject({
      stationId: 'CS-201', transactionId: 'TX-201', evseId: 1, connectorId: 1, seqNo: 2, endedAt: at(59), stoppedReason: 'Local', missingSeqNos: [], startKnown: true, token,
      meterValues: [{ timestamp: at(2), sampledValues: [{ value: 7_400, unit: 'Wh', measurand: 'Energy.Active.Import.Register', context: 'Transaction.End', multiplier: 0 }] }],
    });
    expect(await http(service, 'GET', `/admin/token-refs/${token.ref}`)).toEqual({ status: 200, body: { ref: token.ref, value: 'RFID-201', type: 'ISO14443' } });

    const station = await eventually(async () => {
      const { body } = await http(service, 'GET', '/admin/stations/CS-201');
      return body.online === false ? body : undefined;
    }, 10_000, 'the projection to catch up');
    expect(station).toMatchObject({
      stationId: 'CS-201', party: { countryCode: 'NL', partyId: 'CMX' }, registrationStatus: 'Accepted', ocppVersion: '2.0.1', vendorName: 'ChargeMesh', model: 'M1', serialNumber: 'SN-1',
      connectors: [{ evseId: 1, connectorId: 1, status: 'Available', ocppStatus: 'Available' }],
      openTransactions: [],
    });
    expect((await http(service, 'GET', '/admin/stations/CS-201/transactions')).body).toEqual([
      expect.objectContaining({ transactionId: 'TX-201', open: false, evseId: 1, connectorId: 1, lastSeqNo: 2, missingSeqNos: [], stoppedReason: 'Local', token, startedAt: at(2), endedAt: at(59) }),
    ]);
  });

  it('should record a 1.6 session with transaction ids issued by us and both Celsius spellings', async () => {
    await provision(service, 'CS-16');
    const { client, failures } = await connectStation(service, 'CS-16', 'ocpp1.6');
    await client.call('BootNotification', { chargePointVendor: 'ChargeMesh', chargePointModel: 'M16' });
    await client.call('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Available', timestamp: at(0) });
    expect(await client.call('Authorize', { idTag: 'TAG-16' })).toEqual({ idTagInfo: { status: 'Accepted' } });
    await client.call('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Charging', timestamp: at(1) });
    const { transactionId, idTagInfo } = (await client.call('StartTransaction', { connectorId: 1, idTag: 'TAG-16', meterStart: 1_000, timestamp: at(1) })) as { transactionId: number; idTagInfo: unknown };
    expect(Number.isInteger(transactionId)).toBe(true);
    expect(idTagInfo).toEqual({ status: 'Accepted' });
    const sample = (minute: number, unit: string) => ({ timestamp: at(minute), sampledValue: [{ value: '2500', measurand: 'Energy.Active.Import.Register', unit: 'Wh' }, { value: '21.5', measurand: 'Temperature', unit }] });
    await client.call('MeterValues', { connectorId: 1, transactionId, meterValue: [sample(15, 'Celsius')] });
    await client.call('MeterValues', { connectorId: 1, transactionId, meterValue: [sample(30, 'Celcius')] });
    expect(await client.call('StopTransaction', { transactionId, idTag: 'TAG-16', meterStop: 9_000, timestamp: at(45), reason: 'Local' })).toEqual({ idTagInfo: { status: 'Accepted' } });
    await client.call('StatusNotification', { connectorId: 1, errorCode: 'NoError', status: 'Available', timestamp: at(46) });
    await client.close();
    expect(failures).toEqual([]);

    const events = await stationEvents(nc, namespace, 'CS-16');
    expect(eventTypes(events).filter((type) => type.startsWith('Transaction'))).toEqual(['TransactionStarted.v1', 'TransactionUpdated.v1', 'TransactionUpdated.v1', 'TransactionEnded.v1']);
    expect(JSON.stringify(events)).not.toContain('TAG-16');
    const transaction = events.filter((event) => event.type.startsWith('Transaction')).map((event) => event.data as Record<string, unknown>);
    expect(transaction[0]).toMatchObject({ transactionId: String(transactionId), ocppVersion: '1.6', evseId: 1, connectorId: 1, meterValues: [{ sampledValues: [{ value: 1_000, unit: 'Wh', context: 'Transaction.Begin' }] }] });
    expect(transaction.slice(1, 3).map((data) => (data.meterValues as { sampledValues: { unit: string }[] }[])[0].sampledValues[1].unit)).toEqual(['Celsius', 'Celsius']);
    expect(transaction[3]).toMatchObject({ transactionId: String(transactionId), endedAt: at(45), stoppedReason: 'Local', startKnown: true, meterValues: [{ sampledValues: [{ value: 9_000, context: 'Transaction.End' }] }] });
    const status = events.filter((event) => event.type === 'ConnectorStatusChanged.v1').map((event) => (event.data as { status: string; ocppStatus: string }));
    expect(status.map((entry) => [entry.status, entry.ocppStatus])).toEqual([['Available', 'Available'], ['Occupied', 'Charging'], ['Available', 'Available']]);
    const rows = await eventually(async () => {
      const { body } = await http(service, 'GET', '/admin/stations/CS-16/transactions');
      return body.length === 1 && !body[0].open ? body : undefined;
    }, 10_000, 'the transaction to be projected');
    expect(rows[0]).toMatchObject({ transactionId: String(transactionId), ocppVersion: '1.6', evseId: 1, connectorId: 1, stoppedReason: 'Local', offline: false });
  });

  it('should answer unknown tokens the way each version prescribes', async () => {
    await provision(service, 'CS-UNKNOWN');
    const v201 = await connectStation(service, 'CS-UNKNOWN', 'ocpp2.0.1');
    await v201.client.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } });
    expect(await v201.client.call('Authorize', { idToken: { idToken: 'NOBODY', type: 'ISO14443' } })).toEqual({ idTokenInfo: { status: 'Unknown' } });
    await v201.client.close();
    const v16 = await connectStation(service, 'CS-UNKNOWN', 'ocpp1.6');
    expect(await v16.client.call('Authorize', { idTag: 'NOBODY' })).toEqual({ idTagInfo: { status: 'Invalid' } });
    await v16.client.close();
    expect([...v201.failures, ...v16.failures]).toEqual([]);
  });

  it('should copy every frame to the OCPP audit stream', async () => {
    const jsm = await jetstreamManager(nc);
    const subjects = await eventually(async () => {
      const info = await jsm.streams.info(streamName(namespace, 'OCPP_AUDIT'), { subjects_filter: `${namespace}.audit-ocpp.CS-16.*` });
      const found = info.state.subjects ?? {};
      return found[`${namespace}.audit-ocpp.CS-16.out`] === 9 ? found : undefined;
    }, 10_000, 'the audit frames');
    // Nine CALLs in, nine CALLRESULTs out.
    expect(subjects).toEqual({ [`${namespace}.audit-ocpp.CS-16.in`]: 9, [`${namespace}.audit-ocpp.CS-16.out`]: 9 });
  });
});
