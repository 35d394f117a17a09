import { trace } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { NatsConnection } from '@nats-io/transport-node';
import { type StartedService } from '@chargemesh/platform-runtime';
import { removeNamespace, testNamespace } from '@chargemesh/platform-testing';
import { connectStation, connectTestNats, provision, serveDirectoryParties, startGateway, stationEvents } from '../__fixtures__/gateway-harness.fixture';

describe('station gateway: traces across the WebSocket hop', () => {
  const namespace = testNamespace();
  const exporter = new InMemorySpanExporter();
  let service: StartedService;
  let nc: NatsConnection;

  beforeAll(async () => {
    trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
    nc = await connectTestNats();
    serveDirectoryParties(nc, namespace);
    service = await startGateway(namespace);
  });
  afterAll(async () => {
    await service.app.close();
    await nc.close();
    await removeNamespace(namespace);
    trace.disable();
  });

  it('should record a span per CALL when tracing is on and carry its trace into the event', async () => {
    await provision(service, 'CS-TRACE');
    const { client } = await connectStation(service, 'CS-TRACE', 'ocpp2.0.1');
    await client.call('BootNotification', { reason: 'PowerUp', chargingStation: { model: 'M', vendorName: 'V' } });
    await client.close();
    const span = exporter.getFinishedSpans().find((candidate) => candidate.name === 'ocpp BootNotification');
    expect(span?.attributes).toMatchObject({ 'ocpp.station_id': 'CS-TRACE', 'ocpp.version': '2.0.1', 'ocpp.action': 'BootNotification' });
    const booted = (await stationEvents(nc, namespace, 'CS-TRACE')).find((event) => event.type === 'StationBooted.v1');
    expect(booted?.traceparent).toContain(span?.spanContext().traceId);
  });
});
