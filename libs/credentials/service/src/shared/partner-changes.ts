import { Inject, Injectable } from '@nestjs/common';
import type { NatsConnection } from '@nats-io/transport-node';
import { partnerChangedSubject } from '@chargemesh/contracts/credential';
import type { PlatformConfig } from '@chargemesh/platform-config';
import { NATS_CONNECTION, SERVICE_CONFIG } from '@chargemesh/platform-runtime';
import { OutboxRelay } from '../outbox/outbox-relay';

const encoder = new TextEncoder();

/**
 * What follows every committed change of a partner: the outbox is published now, and caches of
 * authentication results and outgoing tokens (hub router, directory) are told to drop the partner.
 */
@Injectable()
export class PartnerChanges {
  constructor(
    private readonly relay: OutboxRelay,
    @Inject(NATS_CONNECTION) private readonly nc: NatsConnection,
    @Inject(SERVICE_CONFIG) private readonly config: PlatformConfig,
  ) {}

  committed(platformId: string): void {
    this.relay.poke();
    try {
      this.nc.publish(partnerChangedSubject(this.config.CHARGEMESH_NAMESPACE), encoder.encode(JSON.stringify({ platformId })));
    } catch {
      // A closed connection at shutdown: caches expire on their own.
    }
  }
}
