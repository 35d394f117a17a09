import { Inject, Injectable } from '@nestjs/common';
import { ocppAuditSubject } from '@chargemesh/contracts/station';
import type { PlatformConfig } from '@chargemesh/platform-config';
import { SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import type { AuditSink } from '../gateway/ports';
import { JetStreamStationEventSink } from './station-event-sink';

const MAX_CACHED_SUBJECTS = 100_000;

/**
 * Raw frames as core NATS publishes on `<ns>.audit-ocpp.<encodedId>.<in|out>`, captured by the capped
 * OCPP_AUDIT stream: no ack to wait for, so auditing never slows a station down or fails its CALL.
 * Outgoing frames that set a password arrive here already redacted.
 */
@Injectable()
export class NatsAuditSink implements AuditSink {
  private readonly subjects = new Map<string, readonly [string, string]>();
  private readonly namespace: string;

  constructor(
    private readonly events: JetStreamStationEventSink,
    @Inject(SERVICE_CONFIG) config: PlatformConfig,
  ) {
    this.namespace = config.CHARGEMESH_NAMESPACE;
  }

  frame(stationId: string, direction: 'in' | 'out', frame: string | Uint8Array): void {
    let subjects = this.subjects.get(stationId);
    if (!subjects) {
      subjects = [ocppAuditSubject(this.namespace, stationId, 'in'), ocppAuditSubject(this.namespace, stationId, 'out')];
      if (this.subjects.size >= MAX_CACHED_SUBJECTS) this.subjects.clear();
      this.subjects.set(stationId, subjects);
    }
    this.events.publisher.publish(direction === 'in' ? subjects[0] : subjects[1], frame);
  }
}
