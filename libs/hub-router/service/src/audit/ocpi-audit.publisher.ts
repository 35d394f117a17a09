import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { context, trace } from '@opentelemetry/api';
import type { NatsConnection } from '@nats-io/transport-node';
import { type OcpiAuditRecord, ocpiAuditSubject } from '@chargemesh/contracts/ocpi';
import { NATS_CONNECTION, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { HubRouterConfig } from '../hub-router.config';

const encoder = new TextEncoder();

export type AuditEntry = Omit<OcpiAuditRecord, 'id' | 'at' | 'traceId'>;

/**
 * Records every routed exchange on the capped OCPI_AUDIT stream as a core NATS publish on
 * `<ns>.audit-ocpi.<module>.<route>`: no ack is awaited, so auditing never slows or fails the
 * exchange it describes. The caller passes headers already stripped of credentials.
 */
@Injectable()
export class OcpiAuditPublisher {
  private readonly namespace: string;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(SERVICE_CONFIG) config: HubRouterConfig,
  ) {
    this.namespace = config.CHARGEMESH_NAMESPACE;
  }

  record(entry: AuditEntry): void {
    const traceId = trace.getSpanContext(context.active())?.traceId;
    const record: OcpiAuditRecord = { id: randomUUID(), at: new Date().toISOString(), ...entry, ...(traceId ? { traceId } : {}) };
    try {
      this.nc.publish(ocpiAuditSubject(this.namespace, entry.module, entry.route?.kind ?? 'none'), encoder.encode(JSON.stringify(record)));
    } catch {
      // The connection is closing or reconnecting; the audit trail is best effort by design.
    }
  }
}
