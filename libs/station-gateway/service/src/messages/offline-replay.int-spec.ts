import type { NatsConnection } from '@nats-io/transport-node';
import type { EventEnvelope } from '@chargemesh/contracts/envelope';
import { type StartedService } from '@chargemesh/platform-runtime';
import { removeNamespace, testNamespace } from '@chargemesh/platform-testing';
import { connectStation, connectTestNats, provision, serveDirectoryParties, startGateway, stationEvents } from '../__fixtures__/gateway-harness.fixture';

// Everything here happened while the station was offline, an hour ago.
const past = (minute: number) => new Date(Date.now() - 3_600_000 + minute * 60_000).toISOString();
const transactionEvents = (events: EventEnvelope[], transactionId: string) =>
  events.filter((event) => event.type.startsWith('Transaction') && (event.data as { transactionId: string }).transactionId === transactionId);

describe('station gateway: offline transaction replay', () => {
  const namespace = testNamespace();
  let service: StartedService;
  let nc: NatsConnection;

  beforeAll(async () => {
    nc = await connectTestNats();
    serveDirectoryParties(nc, namespace);
    service = await startGateway(namespace);
  });
  afterAll(async () => {
    await service.app.close();
    await nc.close();
    await removeNamespace(namespace);
  });

  it('should answer every replayed 2.0.1 event, store each seqNo once, and record gaps and the offline flag', async () => {
    await provision(service, 'CS-REPLAY-201');
    let station = await connectStation(service, 'CS-REPLAY-201', 'ocpp2.0.1');
    const failures = [station.failures];
    await station.client.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } });
    const event = (transactionId: string, eventType: string, seqNo: number, extra: Record<string, unknown> = {}) =>
      station.client.call('TransactionEvent', { eventType, seqNo, timestamp: past(seqNo), triggerReason: 'MeterValuePeriodic', offline: true, transactionInfo: { transactionId }, evse: { id: 2, connectorId: 1 }, ...extra });
    expect(await event('TX-A', 'Started', 0, { idToken: { idToken: 'NOT-KNOWN', type: 'ISO14443' } })).toEqual({ idTokenInfo: { status: 'Unknown' } });
    expect(await event('TX-A', 'Updated', 2)).toEqual({});
    expect(await event('TX-A', 'Started', 0)).toEqual({});
    expect(await event('TX-A', 'Updated', 1)).toEqual({});
    await station.client.close();
    // The station comes back (the answers to what it sent last may have been lost) and sends its queue again.
    station = await connectStation(service, 'CS-REPLAY-201', 'ocpp2.0.1');
    failures.push(station.failures);
    expect(await event('TX-A', 'Updated', 2)).toEqual({});
    expect(await event('TX-A', 'Ended', 3, { transactionInfo: { transactionId: 'TX-A', stoppedReason: 'EVDisconnected' } })).toEqual({});
    expect(await event('TX-A', 'Ended', 3, { transactionInfo: { transactionId: 'TX-A', stoppedReason: 'EVDisconnected' } })).toEqual({});
    expect(await event('TX-A', 'Updated', 4)).toEqual({});
    expect(await event('TX-B', 'Started', 0)).toEqual({});
    expect(await event('TX-B', 'Ended', 5)).toEqual({});
    await station.client.close();
    expect(failures.flat()).toEqual([]);

    const events = await stationEvents(nc, namespace, 'CS-REPLAY-201');
    const a = transactionEvents(events, 'TX-A').map((envelope) => [envelope.type, (envelope.data as { seqNo: number }).seqNo]);
    expect(a).toEqual([
      ['TransactionStarted.v1', 0],
      ['TransactionUpdated.v1', 2],
      ['TransactionUpdated.v1', 1],
      ['TransactionEnded.v1', 3],
      ['TransactionUpdated.v1', 4],
    ]);
    const aData = transactionEvents(events, 'TX-A').map((envelope) => envelope.data as Record<string, unknown>);
    expect(aData.every((data) => data.offline === true)).toBe(true);
    expect(aData[0]).toMatchObject({ authorizationStatus: 'Unknown', evseId: 2, connectorId: 1 });
    expect(aData[1]).toMatchObject({ seqNoGap: { expected: 1, received: 2 } });
    expect(aData[3]).toMatchObject({ missingSeqNos: [], stoppedReason: 'EVDisconnected', startKnown: true, evseId: 2 });
    const b = transactionEvents(events, 'TX-B').map((envelope) => envelope.data as Record<string, unknown>);
    expect(b.map((data) => data.seqNo)).toEqual([0, 5]);
    expect(b[1]).toMatchObject({ missingSeqNos: [{ from: 1, to: 4 }] });
  });

  it('should give a replayed 1.6 start the id issued the first time and store a replayed stop once', async () => {
    await provision(service, 'CS-REPLAY-16');
    let station = await connectStation(service, 'CS-REPLAY-16', 'ocpp1.6');
    const failures = [station.failures];
    await station.client.call('BootNotification', { chargePointVendor: 'V', chargePointModel: 'M' });
    const start = { connectorId: 2, idTag: 'OFFLINE-TAG', meterStart: 500, timestamp: past(0) };
    const first = (await station.client.call('StartTransaction', start)) as { transactionId: number; idTagInfo: { status: string } };
    expect(first.idTagInfo).toEqual({ status: 'Invalid' });
    await station.client.close();
    station = await connectStation(service, 'CS-REPLAY-16', 'ocpp1.6');
    failures.push(station.failures);
    expect(await station.client.call('StartTransaction', start)).toEqual(first);
    const stop = { transactionId: first.transactionId, meterStop: 4_500, timestamp: past(20), reason: 'EVDisconnected' };
    expect(await station.client.call('StopTransaction', stop)).toEqual({});
    await station.client.close();
    station = await connectStation(service, 'CS-REPLAY-16', 'ocpp1.6');
    failures.push(station.failures);
    expect(await station.client.call('StopTransaction', stop)).toEqual({});
    expect(await station.client.call('StopTransaction', { transactionId: 987_654, meterStop: 10, timestamp: past(30) })).toEqual({});
    await station.client.close();
    expect(failures.flat()).toEqual([]);

    const events = await stationEvents(nc, namespace, 'CS-REPLAY-16');
    const ours = transactionEvents(events, String(first.transactionId)).map((envelope) => envelope.data as Record<string, unknown>);
    expect(ours.map((data) => data.offline)).toEqual([true, true]);
    expect(ours[0]).toMatchObject({ evseId: 2, connectorId: 1, authorizationStatus: 'Invalid' });
    expect(ours[1]).toMatchObject({ stoppedReason: 'EVDisconnected', startKnown: true, evseId: 2 });
    expect(transactionEvents(events, '987654').map((envelope) => [envelope.type, (envelope.data as { startKnown: boolean }).startKnown])).toEqual([['TransactionEnded.v1', false]]);
  });
});
