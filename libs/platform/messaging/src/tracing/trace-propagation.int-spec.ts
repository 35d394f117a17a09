import { context, trace } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { startTelemetry } from '@chargemesh/platform-observability';
import { removeNamespace, testNamespace } from '@chargemesh/platform-testing';
import { type BackboneFixture, DepositedV1, ledgerProjection, ledgerRef, openBackbone, runnerDeps } from '../__fixtures__/ledger.fixture';
import { ProjectionRunner } from '../projections/projection-runner';

describe('one trace from an append to the projection that applies it', () => {
  const namespace = testNamespace();
  const exporter = new InMemorySpanExporter();
  let backbone: BackboneFixture;

  beforeAll(async () => {
    startTelemetry('test', {});
    trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
    backbone = await openBackbone(namespace);
  });
  afterAll(async () => {
    trace.disable();
    await backbone.close();
    await removeNamespace(namespace);
  });

  it('should parent the projection span on the trace of the request that appended the event', async () => {
    const runner = new ProjectionRunner(ledgerProjection(), runnerDeps(backbone));
    runner.start();
    const root = trace.getTracer('test').startSpan('POST /deposits');
    const appended = await context.with(trace.setSpan(context.active(), root), () =>
      backbone.store.append(ledgerRef('traced'), DepositedV1, { account: 'traced', amount: 1 }),
    );
    root.end();
    await runner.waitFor(appended.seq);
    await runner.stop();

    const traceId = root.spanContext().traceId;
    const spans = exporter.getFinishedSpans();
    const publish = spans.find((span) => span.name === 'publish LEDGER');
    const apply = spans.find((span) => span.name === 'process LEDGER');
    expect(appended.envelope.traceparent).toContain(traceId);
    expect(publish?.spanContext().traceId).toBe(traceId);
    expect(apply?.spanContext().traceId).toBe(traceId);
    expect(apply?.attributes['projection.name']).toBe('balances');
  });
});
