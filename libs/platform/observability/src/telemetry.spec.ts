import { telemetryRequested } from './telemetry';

describe('telemetryRequested', () => {
  it('should keep the SDK off when no OTEL variable asks for it', () => {
    expect(telemetryRequested({})).toBe(false);
  });

  it('should switch on with an OTLP endpoint or the otlp exporter', () => {
    expect(telemetryRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
    expect(telemetryRequested({ OTEL_TRACES_EXPORTER: 'otlp' })).toBe(true);
  });

  it('should stay off when disabled or when another exporter is chosen', () => {
    expect(telemetryRequested({ OTEL_SDK_DISABLED: 'true', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' })).toBe(false);
    expect(telemetryRequested({ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' })).toBe(false);
  });
});
