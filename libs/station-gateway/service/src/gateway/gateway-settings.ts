import { ProxyTracerProvider, trace } from '@opentelemetry/api';
import type { StationGatewayConfig } from '../station-gateway.config';

/** The knobs of the OCPP edge, taken from the service config (or set directly by the frame-path benchmark). */
export interface GatewaySettings {
  readonly namespace: string;
  /** Identifies this process in connection events and take-over notices. */
  readonly instanceId: string;
  readonly heartbeatIntervalS: number;
  readonly bootRetryIntervalS: number;
  readonly pingIntervalMs: number;
  readonly callTimeoutMs: number;
  readonly maxFrameBytes: number;
  readonly maxQueuedCalls: number;
  readonly permessageDeflate: boolean;
  readonly dataTransferVendors: ReadonlySet<string>;
  /** A span per CALL only when a tracer provider records them: the frame path pays nothing otherwise. */
  readonly tracing: boolean;
}

/** Whether an OpenTelemetry SDK is registered (the API alone gives a no-op provider). */
export function tracingActive(): boolean {
  const provider = trace.getTracerProvider();
  const delegate = provider instanceof ProxyTracerProvider ? provider.getDelegate() : provider;
  return delegate.constructor.name !== 'NoopTracerProvider';
}

export function gatewaySettingsOf(config: StationGatewayConfig, instanceId: string): GatewaySettings {
  return {
    namespace: config.CHARGEMESH_NAMESPACE,
    instanceId,
    heartbeatIntervalS: config.OCPP_HEARTBEAT_INTERVAL_S,
    bootRetryIntervalS: config.OCPP_BOOT_RETRY_INTERVAL_S,
    pingIntervalMs: config.OCPP_PING_INTERVAL_S * 1000,
    callTimeoutMs: config.OCPP_CALL_TIMEOUT_MS,
    maxFrameBytes: config.OCPP_MAX_FRAME_BYTES,
    maxQueuedCalls: config.OCPP_MAX_QUEUED_CALLS,
    permessageDeflate: config.OCPP_PERMESSAGE_DEFLATE,
    dataTransferVendors: new Set(config.OCPP_DATA_TRANSFER_VENDORS),
    tracing: tracingActive(),
  };
}
