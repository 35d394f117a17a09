import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { PartnerConnectionChangedV1, PartnerSuspendedV1, PartnerUnregisteredV1 } from '@chargemesh/contracts/credential';
import { assertCanSuspend, nextConnection, type PartnerSnapshot } from '@chargemesh/credentials-domain';
import { DATA_SOURCE } from '@chargemesh/platform-runtime';
import { PartnerRepository, type PartnerRecord } from '../database/partner.repository';
import { inTransaction } from '../database/transaction';
import { addToOutbox } from '../outbox/outbox.writer';
import { PartnerChanges } from './partner-changes';

/** State changes that involve no call to the partner: unregistering, suspending, connection flips. */
@Injectable()
export class PartnerLifecycle {
  constructor(
    private readonly partners: PartnerRepository,
    private readonly changes: PartnerChanges,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  /** Ends the link: no token of ours is accepted any more and the partner's token is forgotten. */
  async unregister(platformId: string, initiatedBy: 'PARTNER' | 'PLATFORM', guard: (partner: PartnerSnapshot) => void, correlationId?: string): Promise<PartnerRecord> {
    const updated = await inTransaction(this.dataSource, async (tx) => {
      guard(await this.partners.lock(tx, platformId));
      await this.partners.setAcceptedTokens(tx, platformId, []);
      await addToOutbox(tx, PartnerUnregisteredV1, platformId, { platformId, initiatedBy }, correlationId);
      return this.partners.update(tx, platformId, { status: 'UNREGISTERED', outgoingToken: null });
    });
    this.changes.committed(platformId);
    return updated;
  }

  async suspend(platformId: string): Promise<PartnerRecord> {
    const updated = await inTransaction(this.dataSource, async (tx) => {
      assertCanSuspend(await this.partners.lock(tx, platformId));
      await this.partners.setAcceptedTokens(tx, platformId, []);
      await addToOutbox(tx, PartnerSuspendedV1, platformId, { platformId });
      return this.partners.update(tx, platformId, { status: 'SUSPENDED', outgoingToken: null });
    });
    this.changes.committed(platformId);
    return updated;
  }

  /** After a still-alive check (`checked`) or after hearing from the partner: CONNECTED or OFFLINE, announced only on a change. */
  async recordReachability(platformId: string, reachable: boolean, reason: string, checked: boolean): Promise<void> {
    const changed = await inTransaction(this.dataSource, async (tx) => {
      const partner = await this.partners.lock(tx, platformId);
      const next = nextConnection(partner, reachable);
      if (!checked && !next.changed) return false;
      await this.partners.update(tx, platformId, { ...(checked ? { lastCheckedAt: new Date() } : {}), ...(next.changed ? { connection: next.connection } : {}) });
      if (next.changed) await addToOutbox(tx, PartnerConnectionChangedV1, platformId, { platformId, connection: next.connection, reason: reason.slice(0, 300) });
      return next.changed;
    });
    if (changed) this.changes.committed(platformId);
  }
}
