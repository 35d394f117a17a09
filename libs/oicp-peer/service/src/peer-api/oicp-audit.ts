import { Inject, Injectable } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { STREAMS } from '@chargemesh/contracts/envelope';
import type { PlatformConfig } from '@chargemesh/platform-config';
import { NATS_CONNECTION, SERVICE_CONFIG } from '@chargemesh/platform-runtime';

export interface OicpExchange {
  direction: 'in' | 'out';
  peerId?: string;
  operation: string;
  httpStatus?: number;
  code?: string;
  outcome: string;
  durationMs: number;
}

const encoder = new TextEncoder();

/**
 * One record per OICP exchange on the capped OICP_AUDIT stream: who, which operation, what came of it,
 * how long it took. Never bodies or headers, so no secret and no personal data lands there. Published
 * without waiting for the stream's acknowledgement: the audit must not slow the exchange down.
 */
@Injectable()
export class OicpAudit {
  private readonly subjectPrefix: string;

  constructor(
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(SERVICE_CONFIG) config: PlatformConfig,
  ) {
    this.subjectPrefix = `${config.CHARGEMESH_NAMESPACE}.${STREAMS.OICP_AUDIT.context}.exchange`;
  }

  record(exchange: OicpExchange): void {
    if (this.nc.isClosed() || this.nc.isDraining()) return;
    this.nc.publish(`${this.subjectPrefix}.${exchange.direction}`, encoder.encode(JSON.stringify({ at: new Date().toISOString(), ...exchange })));
  }
}
