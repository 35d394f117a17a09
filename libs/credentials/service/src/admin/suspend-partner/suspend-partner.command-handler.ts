import { Injectable } from '@nestjs/common';
import type { PartnerView } from '@chargemesh/contracts/credential';
import { partnerView } from '../../database/partner.repository';
import { PartnerLifecycle } from '../../shared/partner-lifecycle';

/**
 * Cuts a partner off for good: its tokens stop working at once and it is never routed to again.
 * As a Hub we then report its parties SUSPENDED to everyone else. Reconnecting takes a new token A.
 */
@Injectable()
export class SuspendPartnerCommandHandler {
  constructor(private readonly lifecycle: PartnerLifecycle) {}

  async execute(request: { platformId: string }): Promise<PartnerView> {
    return partnerView(await this.lifecycle.suspend(request.platformId));
  }
}
